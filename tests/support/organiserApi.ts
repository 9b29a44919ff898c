import { randomUUID } from 'node:crypto';
import PocketBase from 'pocketbase';
import { baseURL, request, type Reply } from './api';
import { signIn } from './signIn';
import { asSuperuser, correctChoice, finish, newParticipant, answer, start } from './quizApi';

/** How the organiser tests reach the dashboard's routes. */

export const organiserApi = '/api/jindu/organiser';

/** One table of figures, as the server sends it. */
export interface FigureTable {
  id: string;
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

export interface Figures {
  from: string;
  to: string;
  scope: string;
  tables: FigureTable[];
}

export interface Organiser {
  id: string;
  email: string;
  password: string;
  token: string;
}

/** Makes an organiser as a superuser would (region: a province or city code, '' for national) and signs in. */
export async function newOrganiser(region: string): Promise<Organiser> {
  const pb = await asSuperuser();
  const email = `organiser-${randomUUID()}@jindu.test`;
  const password = 'organiser-password-1';
  const record = await pb
    .collection('organisers')
    .create({ email, password, passwordConfirm: password, region, name: 'Test office' });
  const signedIn = await signIn(new PocketBase(baseURL()), 'organisers', email, password);
  return { id: record.id, email, password, token: signedIn.token };
}

/** Calls an organiser route with the organiser's token. */
export function asOrganiser<T = unknown>(
  organiser: { token: string },
  path: string,
  body?: unknown,
): Promise<Reply<T>> {
  return request<T>(`${organiserApi}${path}`, {
    headers: { authorization: organiser.token },
    body,
  });
}

/** The named table of a figures reply. */
export function table(figures: Figures, id: string): FigureTable {
  const found = figures.tables.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

/** The profile a participant gives at quiz start. */
export interface Profile {
  region?: string;
  school?: string;
  grade?: string;
}

/**
 * Takes a quiz from start to finish as a fresh participant giving the profile, answering every
 * question right (or none, when `right` is false), and returns who took it.
 */
export async function takeQuiz(
  slug: string,
  profile: Profile,
  options: { right?: boolean; group?: string } = {},
): Promise<{ id: string; nickname: string }> {
  const { id, nickname, token } = await newParticipant();
  const started = await start(token, slug, {
    locale: 'en',
    profile,
    ...(options.group ? { group: options.group } : {}),
  });
  if (started.status !== 201) throw new Error(`start: ${started.status} ${started.text}`);
  let question = started.body.current;
  while (question && options.right !== false) {
    const reply = await answer(token, started.body.id, {
      question: question.id,
      choice: correctChoice(question, 'en'),
      locale: 'en',
    });
    question = reply.body.next;
  }
  const done = await finish(token, started.body.id, 'en');
  if (done.body.status !== 'finished') throw new Error(`finish: ${done.status} ${done.text}`);
  return { id, nickname };
}
