import { ClientResponseError, type RecordModel } from 'pocketbase';
import { ApiError, call, FieldErrors, pb, toApiError } from '../api';
import type { Locale } from '../locale';
import type {
  BankQuestion,
  HostView,
  Phase,
  SessionReport,
  SessionSettings,
  TrendPoint,
} from './types';

/**
 * The teacher's side of the classroom: the account (PocketBase's "teachers" auth collection,
 * kept in the SDK's localStorage auth store, which the projector view reads too), classes
 * through the records API, and our routes for the bank, sessions, reports and trends.
 */

export const gradeBands = ['primary', 'junior', 'senior', 'university'] as const;
export type GradeBand = (typeof gradeBands)[number];

export interface Teacher {
  id: string;
  email: string;
  name: string;
  school: string;
  region: string;
}

export interface ClassRecord {
  id: string;
  name: string;
  grade: GradeBand;
  roster: string[];
  code: string;
  created: string;
}

/** One of the teacher's sessions on the dashboard (GET /sessions, newest first). */
export interface SessionSummary {
  id: string;
  title: string;
  classId?: string;
  phase: Phase;
  /** The join code while the session runs. */
  code?: string;
  created: string;
  players: number;
}

export interface SignUp {
  email: string;
  password: string;
  passwordConfirm: string;
  name: string;
  school: string;
  region: string;
}

const base = '/api/jindu/classroom';

function toTeacher(record: RecordModel | null): Teacher | null {
  if (!record || record.collectionName !== 'teachers') return null;
  return {
    id: record.id,
    email: String(record.email ?? ''),
    name: String(record.name ?? ''),
    school: String(record.school ?? ''),
    region: String(record.region ?? ''),
  };
}

/** The signed-in teacher, or null (also when the stored token has expired). */
export function currentTeacher(): Teacher | null {
  return pb.authStore.isValid ? toTeacher(pb.authStore.record) : null;
}

/**
 * Calls back whenever someone signs in or out; the SDK's store also hears other tabs through
 * the storage event. Returns the unsubscribe.
 */
export function onTeacherChange(callback: (teacher: Teacher | null) => void): () => void {
  return pb.authStore.onChange(() => callback(currentTeacher()));
}

/** Turns a records-API failure into field errors (400 with data) or an ApiError (404 as `notFound`). */
export function recordsError(error: unknown, notFound = 'not_found'): Error {
  if (error instanceof ClientResponseError) {
    const data = (error.response as { data?: Record<string, { code?: string }> }).data ?? {};
    const fields = Object.fromEntries(
      Object.entries(data).map(([field, problem]) => [field, problem.code ?? 'invalid']),
    );
    if (error.status === 400 && Object.keys(fields).length) return new FieldErrors(fields);
    if (error.status === 404) return new ApiError(404, notFound, error.message);
    if (error.status === 403) return new ApiError(403, 'forbidden', error.message);
  }
  return toApiError(error);
}

/** Signs in; a wrong email or password is ApiError `sign_in_failed`. */
export async function signIn(email: string, password: string): Promise<Teacher> {
  try {
    const auth = await pb.collection('teachers').authWithPassword(email.trim(), password);
    return toTeacher(auth.record)!;
  } catch (error) {
    if (error instanceof ClientResponseError && error.status === 400)
      throw new ApiError(400, 'sign_in_failed', error.message);
    throw recordsError(error);
  }
}

/** Creates the account (always a teacher) and signs in with it. */
export async function signUp(form: SignUp): Promise<Teacher> {
  try {
    await pb.collection('teachers').create({ ...form, email: form.email.trim() });
  } catch (error) {
    throw recordsError(error);
  }
  return signIn(form.email, form.password);
}

/** Asks PocketBase to email a reset link; it answers the same whether or not the address exists. */
export async function requestPasswordReset(email: string): Promise<void> {
  try {
    await pb.collection('teachers').requestPasswordReset(email.trim());
  } catch (error) {
    throw recordsError(error);
  }
}

export function signOut(): void {
  pb.authStore.clear();
}

function toClass(record: RecordModel): ClassRecord {
  return {
    id: record.id,
    name: String(record.name),
    grade: record.grade as GradeBand,
    roster: Array.isArray(record.roster) ? (record.roster as string[]) : [],
    code: String(record.code ?? ''),
    created: String(record.created ?? ''),
  };
}

/** The teacher's classes, newest first. */
export async function listClasses(): Promise<ClassRecord[]> {
  try {
    return (await pb.collection('classes').getFullList({ sort: '-created' })).map(toClass);
  } catch (error) {
    throw recordsError(error, 'class_not_found');
  }
}

export interface ClassInput {
  name: string;
  grade: GradeBand;
  roster: string[];
}

/** Creates a class (the server sets its teacher and code) or saves an existing one. */
export async function saveClass(input: ClassInput, id?: string): Promise<ClassRecord> {
  try {
    const classes = pb.collection('classes');
    return toClass(id ? await classes.update(id, input) : await classes.create(input));
  } catch (error) {
    throw recordsError(error, 'class_not_found');
  }
}

export async function deleteClass(id: string): Promise<void> {
  try {
    await pb.collection('classes').delete(id);
  } catch (error) {
    throw recordsError(error, 'class_not_found');
  }
}

/**
 * A roster typed one nickname a line: trimmed, blank lines dropped. The server cleans and
 * checks each name (and refuses duplicates); this only splits.
 * @example rosterLines(' 小明\n\n小红 ') // ['小明', '小红']
 */
export function rosterLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Bank questions for the session builder, in the teacher's language. */
export async function browseBank(
  locale: Locale,
  filter: { topic: string; grade: string },
): Promise<BankQuestion[]> {
  const query: Record<string, string> = { locale };
  if (filter.topic) query.topic = filter.topic;
  if (filter.grade) query.grade = filter.grade;
  return (await call<{ questions: BankQuestion[] }>('GET', `${base}/bank`, { query })).questions;
}

export interface SessionStart {
  /** A quiz definition's slug, or… */
  quiz?: string;
  /** …the bank questions the teacher ticked. */
  questions?: string[];
  classId?: string;
  settings: SessionSettings;
  locale: Locale;
}

/** Starts a live session in its lobby; the projector view takes it from there. */
export function createSession(start: SessionStart): Promise<HostView> {
  return call<HostView>('POST', `${base}/sessions`, { body: start });
}

export async function listSessions(): Promise<SessionSummary[]> {
  return (await call<{ sessions: SessionSummary[] }>('GET', `${base}/sessions`)).sessions;
}

export function sessionReport(id: string): Promise<SessionReport> {
  return call<SessionReport>('GET', `${base}/sessions/${encodeURIComponent(id)}/report`);
}

export async function classTrend(id: string): Promise<TrendPoint[]> {
  const path = `${base}/classes/${encodeURIComponent(id)}/trend`;
  return (await call<{ sessions: TrendPoint[] }>('GET', path)).sessions;
}

/** The one class, for the class view's heading. */
export async function getClass(id: string): Promise<ClassRecord> {
  try {
    return toClass(await pb.collection('classes').getOne(id));
  } catch (error) {
    throw recordsError(error, 'class_not_found');
  }
}

/** Downloads a session report's CSV (the players' lines) in the given language. */
export function downloadReportCsv(id: string, locale: Locale): Promise<void> {
  const path = `${base}/sessions/${encodeURIComponent(id)}/report.csv?locale=${locale}`;
  return downloadCsv(path, `session-${id}.csv`);
}

/** Downloads an assignment's status CSV (each student on time, late or missing). */
export function downloadAssignmentCsv(id: string, locale: Locale): Promise<void> {
  const path = `${base}/assignments/${encodeURIComponent(id)}/status.csv?locale=${locale}`;
  return downloadCsv(path, `assignment-${id}.csv`);
}

/**
 * The CSV routes need the teacher's token, which a plain link cannot send, so the file is
 * fetched and handed to the browser as a download.
 */
async function downloadCsv(path: string, filename: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(pb.buildURL(path), { headers: { authorization: pb.authStore.token } });
  } catch (error) {
    throw new ApiError(0, 'network', String(error));
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new ApiError(response.status, body.code ?? 'internal', body.message ?? '');
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
