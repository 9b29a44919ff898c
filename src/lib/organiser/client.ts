import type { RecordModel } from 'pocketbase';
import { ApiError, call, pb, toApiError } from '../api';

/**
 * The organiser's side of the campaign dashboard: the account (PocketBase's "organisers" auth
 * collection, made by operators, in the SDK's auth store) and our routes under
 * /api/jindu/organiser/ for figures, exports, the school list and draws.
 */

export interface Organiser {
  email: string;
  /** A province or city code; '' for the national office. */
  region: string;
}

/** A cell of a figures table: a number, text, a yes/no, nothing, or the suppressed mark "< 5". */
export type Cell = string | number | boolean | null;

export interface FigureTable {
  id: string;
  columns: string[];
  rows: Cell[][];
}

export interface Figures {
  from: string;
  to: string;
  scope: string;
  tables: FigureTable[];
}

export interface PublicDraw {
  id: string;
  quiz: string;
  group: string;
  winners: number;
  seedHash: string;
  committed: string;
  seed: string;
  entries: string[] | null;
  digest: string;
  drawn: string[];
}

const base = '/api/jindu/organiser';

function toOrganiser(record: RecordModel | null): Organiser | null {
  if (!record || record.collectionName !== 'organisers') return null;
  return { email: String(record.email ?? ''), region: String(record.region ?? '') };
}

/** The signed-in organiser, or null. */
export function currentOrganiser(): Organiser | null {
  return pb.authStore.isValid ? toOrganiser(pb.authStore.record) : null;
}

export async function signIn(email: string, password: string): Promise<Organiser> {
  try {
    const auth = await pb.collection('organisers').authWithPassword(email, password);
    return toOrganiser(auth.record)!;
  } catch (error) {
    const apiError = toApiError(error);
    // PocketBase answers a wrong password with a bare 400
    if (apiError.status === 400) throw new ApiError(400, 'sign_in_failed', apiError.message);
    throw apiError;
  }
}

export function signOut() {
  pb.authStore.clear();
}

export function loadFigures(from: string, to: string): Promise<Figures> {
  return call<Figures>('GET', `${base}/figures`, { query: { from, to } });
}

/** The question health table for the period (computed on request: it reads answers). */
export function loadQuestionHealth(from: string, to: string): Promise<FigureTable> {
  return call<FigureTable>('GET', `${base}/questions`, { query: { from, to } });
}

/** Downloads an export (one table as CSV, or every table as XLSX) with the organiser's token. */
export async function download(query: Record<string, string>): Promise<void> {
  const response = await fetch(`${base}/export?${new URLSearchParams(query)}`, {
    headers: { authorization: pb.authStore.token },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new ApiError(response.status, body.code ?? 'internal', body.message ?? '');
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name ?? 'jindu-figures';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** A school list upload refused row by row. */
export class RowErrors extends Error {
  constructor(readonly rows: { row: number; code: string }[]) {
    super('schools_invalid');
  }
}

/** Replaces the organiser's school list with a CSV text; returns how many schools it holds. */
export async function uploadSchools(csv: string): Promise<number> {
  try {
    return (
      await pb.send<{ schools: number }>(`${base}/schools`, { method: 'POST', body: { csv } })
    ).schools;
  } catch (error) {
    const rows = (error as { response?: { rows?: { row: number; code: string }[] } }).response
      ?.rows;
    if (rows) throw new RowErrors(rows);
    throw toApiError(error);
  }
}

export async function schoolCount(): Promise<number> {
  return (await call<{ schools: number }>('GET', `${base}/schools`)).schools;
}

export function commitDraw(input: {
  quiz: string;
  group: string;
  winners: number;
  seedHash: string;
}): Promise<PublicDraw> {
  return call<PublicDraw>('POST', `${base}/draws`, { body: input });
}

export function revealDraw(id: string, seed: string): Promise<PublicDraw> {
  return call<PublicDraw>('POST', `${base}/draws/${encodeURIComponent(id)}/reveal`, {
    body: { seed },
  });
}

export function publishedDraw(id: string): Promise<PublicDraw> {
  return call<PublicDraw>('GET', `/api/jindu/draws/${encodeURIComponent(id)}`);
}
