import type { Origin } from './origin';
import { ApiError, call } from '../api';
import type { Locale } from '../locale';
import type { AnswerReply, AttemptState, Board, Choice, Participant, QuizStatus } from './types';

/**
 * The quiz islands' calls to the server. The participant (an anonymous id, a nickname and a
 * signed token) lives in localStorage, as does each quiz's unfinished attempt, so a reload
 * resumes where the student was.
 */

const participantKey = 'jindu.participant';
/** Who an attempt at a class assignment is for. */
export interface Assignee {
  assignment: string;
  /** The roster's nickname (from the card) or, in a class without a roster, the one typed. */
  nickname: string;
  /** The student's roster card code, for a class with a roster. */
  card?: string;
}

/**
 * The start body's claim: the card for a class with a roster (the server answers with the
 * card's nickname), else the nickname. Bodies are strict, so only the one that applies is sent.
 */
function claimOf(assignee: Assignee) {
  return assignee.card
    ? { assignment: assignee.assignment, card: assignee.card }
    : { assignment: assignee.assignment, nickname: assignee.nickname };
}

// an assignment's attempts are kept apart per nickname: students may share a browser
const attemptKey = (quiz: string, assignee?: Assignee) =>
  assignee
    ? `jindu.attempt.${quiz}.${assignee.assignment}.${assignee.nickname}`
    : `jindu.attempt.${quiz}`;

function storedParticipant(): Participant | null {
  try {
    const stored = JSON.parse(localStorage.getItem(participantKey) ?? 'null') as Participant | null;
    return stored?.token ? stored : null;
  } catch {
    return null;
  }
}

/** The participant this browser already is, if any (no request is made). */
export function knownParticipant(): Participant | null {
  return storedParticipant();
}

/** This browser's participant, created (with a generated nickname) on first use. */
export async function ensureParticipant(locale: Locale): Promise<Participant> {
  const stored = storedParticipant();
  if (stored) return stored;
  const created = await call<Participant>('POST', '/api/jindu/participants', { body: { locale } });
  localStorage.setItem(participantKey, JSON.stringify(created));
  return created;
}

/** Changes the nickname shown on leaderboards; throws ApiError with a nickname_* code if refused. */
export async function renameParticipant(locale: Locale, nickname: string): Promise<Participant> {
  const participant = await ensureParticipant(locale);
  const renamed = await call<{ nickname: string }>('PATCH', '/api/jindu/participants/me', {
    body: { nickname },
    headers: { 'X-Participant': participant.token },
  });
  const updated = { ...participant, nickname: renamed.nickname };
  localStorage.setItem(participantKey, JSON.stringify(updated));
  return updated;
}

/** Runs a participant call; a token the server no longer knows is dropped and made anew once. */
async function asParticipant<T>(
  locale: Locale,
  request: (headers: Record<string, string>) => Promise<T>,
): Promise<T> {
  const participant = await ensureParticipant(locale);
  try {
    return await request({ 'X-Participant': participant.token });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'participant_required') throw error;
    localStorage.removeItem(participantKey);
    const fresh = await ensureParticipant(locale);
    return request({ 'X-Participant': fresh.token });
  }
}

/**
 * Starts an attempt, or resumes the open one (for a class assignment: the one for the same
 * assignment and nickname); remembers it for a reload.
 */
export async function startAttempt(
  quiz: string,
  locale: Locale,
  group?: string,
  assignee?: Assignee,
  origin?: Origin,
) {
  const state = await asParticipant(locale, (headers) =>
    call<AttemptState>('POST', `/api/jindu/quizzes/${quiz}/attempts`, {
      body: {
        locale,
        group,
        ...(assignee && claimOf(assignee)),
        ...(origin && { profile: origin }),
      },
      headers,
    }),
  );
  rememberAttempt(state);
  return state;
}

/** The attempt as it stands now (time that ran out while away already counted). */
export async function loadAttempt(id: string, locale: Locale) {
  const state = await asParticipant(locale, (headers) =>
    call<AttemptState>('GET', `/api/jindu/attempts/${id}`, { query: { locale }, headers }),
  );
  rememberAttempt(state);
  return state;
}

/**
 * Sends an answer with an idempotency key: if the network drops and the call is retried with
 * the same key, the server replays its first reply instead of counting a second answer.
 */
export async function sendAnswer(
  attempt: string,
  question: string,
  choice: Choice,
  locale: Locale,
): Promise<AnswerReply> {
  const key = crypto.randomUUID();
  const body = { question, choice, key, locale };
  const send = () =>
    asParticipant(locale, (headers) =>
      call<AnswerReply>('POST', `/api/jindu/attempts/${attempt}/answers`, { body, headers }),
    );
  const reply = await send().catch(async (error: unknown) => {
    if (error instanceof ApiError && error.code === 'network') return send();
    throw error;
  });
  if (reply.state) rememberAttempt(reply.state);
  return reply;
}

/** Shows the next question of a paced quiz: its clock starts now, not while feedback was read. */
export async function nextQuestion(attempt: string, locale: Locale) {
  return asParticipant(locale, (headers) =>
    call<AttemptState>('POST', `/api/jindu/attempts/${attempt}/next`, {
      query: { locale },
      headers,
    }),
  );
}

/** Ends the attempt now; questions not reached count as skipped. */
export async function finishAttempt(attempt: string, locale: Locale) {
  const state = await asParticipant(locale, (headers) =>
    call<AttemptState>('POST', `/api/jindu/attempts/${attempt}/finish`, {
      query: { locale },
      headers,
    }),
  );
  rememberAttempt(state);
  return state;
}

/** What the participant may do with a quiz today: open, attempts used, an attempt to resume. */
export async function quizStatus(quiz: string, locale: Locale) {
  return asParticipant(locale, (headers) =>
    call<QuizStatus>('GET', `/api/jindu/quizzes/${quiz}/me`, { headers }),
  );
}

/** A leaderboard; with a known participant it also says where they stand. */
export async function leaderboard(quiz: string, period: 'today' | 'week', group?: string) {
  const participant = storedParticipant();
  return call<Board>('GET', `/api/jindu/quizzes/${quiz}/leaderboard`, {
    query: { period, ...(group ? { group } : {}) },
    headers: participant ? { 'X-Participant': participant.token } : {},
  });
}

/** The unfinished attempt this browser remembers for a quiz (or an assignment), if any. */
export function rememberedAttempt(quiz: string, assignee?: Assignee): string | null {
  return localStorage.getItem(attemptKey(quiz, assignee));
}

function rememberAttempt(state: AttemptState) {
  const assignee =
    state.assignment && state.nickname
      ? { assignment: state.assignment, nickname: state.nickname }
      : undefined;
  const key = attemptKey(state.quiz, assignee);
  if (state.status === 'open') localStorage.setItem(key, state.id);
  else localStorage.removeItem(key);
}
