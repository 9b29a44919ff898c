import { randomUUID } from 'node:crypto';
import PocketBase from 'pocketbase';
import { baseURL, request, type Reply } from './api';
import { quizFiles } from './quizApi';
import { signIn } from './signIn';
import type { HostView, Joined, LiveQuestion, PlayerView } from '../../src/lib/classroom/types';

/**
 * A small typed client for the classroom routes (/api/jindu/classroom/…) and the teachers' records
 * API, for the integration tests.
 */

export { problemOf, type Problem, type Reply } from './api';
export { asSuperuser } from './quizApi';
export type {
  HostView,
  Joined,
  LiveQuestion,
  PlayerView,
  PublicView,
  Standing,
} from '../../src/lib/classroom/types';

export const classroom = '/api/jindu/classroom';

/** A signed-up teacher: the SDK (signed in) and the token for our routes. */
export interface Teacher {
  pb: PocketBase;
  id: string;
  token: string;
}

/** Signs up a new teacher with the records API and signs them in. */
export async function newTeacher(extra: Record<string, unknown> = {}): Promise<Teacher> {
  const pb = new PocketBase(baseURL());
  const email = `t-${randomUUID()}@school.test`;
  const password = 'teacher-password-1';
  await pb
    .collection('teachers')
    .create({ email, password, passwordConfirm: password, name: 'Ms Test', ...extra });
  const auth = await signIn(pb, 'teachers', email, password);
  return { pb, id: auth.record.id, token: auth.token };
}

/** Calls a teacher route. */
export function asTeacher<T = unknown>(
  teacher: Teacher,
  path: string,
  body?: unknown,
): Promise<Reply<T>> {
  return request<T>(`${classroom}${path}`, {
    headers: { authorization: teacher.token },
    ...(body === undefined ? {} : { body }),
    ...(body === undefined && /\/(next|pause|resume|skip|end|lock|unlock|remove)$/.test(path)
      ? { method: 'POST' }
      : {}),
  });
}

/**
 * A teacher's CSV download: the response, its first three bytes (where a UTF-8 byte order mark
 * goes) and its lines split at commas, the header apart.
 */
export async function teacherCsv(teacher: Teacher, path: string) {
  const response = await fetch(`${baseURL()}${classroom}${path}`, {
    headers: { authorization: teacher.token },
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const [header, ...rows] = new TextDecoder()
    .decode(bytes)
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => line.split(','));
  return { response, firstBytes: [...bytes.slice(0, 3)], header, rows };
}

/**
 * Single-choice bank questions a teacher may pick (none reserved for a contest), with their
 * Chinese stem and right option's text.
 */
export const singleChoice = quizFiles.questions
  .filter((q) => q.type === 'single' && Array.isArray(q.answer) && q.reserved === null)
  .map((q) => ({
    id: q.id,
    stem: q['zh-cn'].stem,
    right: (q['zh-cn'].options ?? [])[(q.answer as number[])[0]!]!,
  }));

/** Starts a session on the first `count` single-choice questions, for a class if given. */
export async function newSession(
  teacher: Teacher,
  count = 3,
  settings: Record<string, unknown> = {},
  classId?: string,
): Promise<HostView> {
  const reply = await asTeacher<HostView>(teacher, '/sessions', {
    questions: singleChoice.slice(0, count).map((q) => q.id),
    settings,
    locale: 'zh-cn',
    ...(classId ? { classId } : {}),
  });
  if (reply.status !== 201) throw new Error(`creating a session: ${reply.status} ${reply.text}`);
  return reply.body;
}

/**
 * Joins a session by code; with the token of an earlier join, comes back as that player; a
 * class with a roster needs the student's card code.
 */
export function join(
  code: string,
  nickname?: string,
  token?: string,
  card?: string,
): Promise<Reply<Joined>> {
  return request<Joined>(`${classroom}/join`, {
    body: { code, nickname, locale: 'zh-cn', token, card },
  });
}

/** A roster card as the teacher reads it (records API) to print it. */
export interface RosterCard {
  id: string;
  nickname: string;
  code: string;
}

/** A class's roster cards by nickname, read as its teacher. */
export async function rosterCards(
  teacher: Teacher,
  classId: string,
): Promise<Record<string, RosterCard>> {
  const cards = await teacher.pb
    .collection('roster_cards')
    .getFullList<RosterCard>({ filter: teacher.pb.filter('class = {:c}', { c: classId }) });
  return Object.fromEntries(cards.map((card) => [card.nickname, card]));
}

/** Joins (with a nickname, or a roster card's code), failing the test if refused. */
export async function mustJoin(code: string, nickname?: string, card?: string): Promise<Joined> {
  const reply = await join(code, nickname, undefined, card);
  if (reply.status !== 201) throw new Error(`joining: ${reply.status} ${reply.text}`);
  return reply.body;
}

/** A player's state. */
export function play(player: Joined): Promise<Reply<PlayerView>> {
  return request<PlayerView>(`${classroom}/play/${player.sessionId}`, {
    headers: { 'x-player-token': player.token },
  });
}

/** Answers a question. */
export function answer(
  player: Joined,
  index: number,
  choice: unknown,
  requestKey: string = randomUUID(),
): Promise<Reply<PlayerView>> {
  return request<PlayerView>(`${classroom}/play/${player.sessionId}/answer`, {
    headers: { 'x-player-token': player.token },
    body: { index, choice, requestKey },
  });
}

/** The shown position of the right option of a question the server showed (Chinese). */
export function rightPosition(question: LiveQuestion): number {
  const bank = singleChoice.find((q) => q.stem === question.stem);
  if (!bank) throw new Error(`"${question.stem}" is not a single-choice bank question`);
  return (question.options ?? []).indexOf(bank.right);
}
