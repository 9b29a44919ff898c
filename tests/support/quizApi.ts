import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BankQuestion } from '../../src/lib/quiz/bank';
import { readQuizFiles } from '../../src/lib/quiz/files';
import type { Locale } from '../../src/lib/locale';
import { request, type Reply } from './api';
import { root } from './content';
import { asSuperuser } from './signIn';
import { testQuizzes } from './server';

/**
 * A small typed client for the quiz engine's routes (/api/jindu/…), for the integration tests,
 * plus what they need to know about the banks: every question's key and explanation.
 */

import type {
  AnswerReply,
  AttemptState as StateView,
  Choice,
  Participant,
  QuestionView,
  QuizStatus as Status,
} from '../../src/lib/quiz/types';

export type {
  AnsweredView,
  AnswerReply,
  Board,
  Choice,
  Feedback,
  Participant,
  Place,
  QuestionView,
  ResultView,
} from '../../src/lib/quiz/types';
export type { StateView, Status };

export { problemOf, type Problem, type Reply } from './api';

export interface CallOptions {
  method?: string;
  /** A participant token, sent as X-Participant. */
  token?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, e.g. malformed JSON. */
  rawBody?: string;
}

/**
 * Calls the test server as a participant.
 * @example await call<StateView>(`/api/jindu/attempts/${id}`, { token })
 */
export function call<T = unknown>(path: string, options: CallOptions = {}): Promise<Reply<T>> {
  const { token, ...rest } = options;
  return request<T>(path, { ...rest, headers: token ? { 'x-participant': token } : {} });
}

/** Creates an anonymous participant, failing the test if the server refuses. */
export async function newParticipant(
  input: { nickname?: string; locale?: Locale } = {},
): Promise<Participant> {
  const reply = await call<Participant>('/api/jindu/participants', { body: input });
  if (reply.status !== 201)
    throw new Error(`creating a participant: ${reply.status} ${reply.text}`);
  return reply.body;
}

/** Starts (201) or resumes (200) an attempt at a quiz. */
export function start(
  token: string,
  slug: string,
  input: {
    locale?: Locale;
    group?: string;
    assignment?: string;
    nickname?: string;
    card?: string;
    /** Where the participant comes from, for the campaign figures. */
    profile?: { region?: string; school?: string; grade?: string };
  } = {},
): Promise<Reply<StateView>> {
  return call<StateView>(`/api/jindu/quizzes/${slug}/attempts`, { token, body: input });
}

export interface AnswerInput {
  question: string;
  choice: Choice;
  /** The idempotency key; a fresh UUID when left out. */
  key?: string;
  locale?: Locale;
}

/** Answers the current question of an attempt. */
export function answer(
  token: string,
  attempt: string,
  input: AnswerInput,
): Promise<Reply<AnswerReply>> {
  return call<AnswerReply>(`/api/jindu/attempts/${attempt}/answers`, {
    token,
    body: { key: randomUUID(), ...input },
  });
}

/** Reads an attempt as it stands (the resume call). */
export function view(token: string, attempt: string, locale?: Locale): Promise<Reply<StateView>> {
  const query = locale ? `?locale=${locale}` : '';
  return call<StateView>(`/api/jindu/attempts/${attempt}${query}`, { token });
}

/** Ends an attempt and returns it with its results. */
export function finish(token: string, attempt: string, locale?: Locale): Promise<Reply<StateView>> {
  const query = locale ? `?locale=${locale}` : '';
  return call<StateView>(`/api/jindu/attempts/${attempt}/finish${query}`, {
    token,
    method: 'POST',
  });
}

/**
 * Starts a quiz, answers its first question right and finishes it: the participant is on the
 * quiz's board with one right answer.
 */
export async function finishWithFirstRight(
  token: string,
  slug: string,
  locale: Locale,
): Promise<Reply<StateView>> {
  const started = await start(token, slug, { locale });
  const question = started.body.current!;
  await answer(token, started.body.id, {
    question: question.id,
    choice: correctChoice(question, locale),
  });
  return finish(token, started.body.id);
}

/** What a participant sees before starting: today's attempts, an unfinished one, a streak. */
export function status(token: string, slug: string): Promise<Reply<Status>> {
  return call<Status>(`/api/jindu/quizzes/${slug}/me`, { token });
}

/** An attempt's state without the server's clock: what must not move when a request is refused. */
export function withoutServerNow(state: StateView): Omit<StateView, 'serverNow'> {
  const { serverNow: _, ...rest } = state;
  return rest;
}

/** The site's quizzes and question banks, as the sync reads them (with the tests' own). */
export const quizFiles = readQuizFiles(root, [testQuizzes]);

/** Every bank question by its stem, in either language (stems are unique per language). */
const byStem = new Map(
  quizFiles.questions.flatMap((q) => [
    [q['zh-cn'].stem, q],
    [q.en.stem, q],
  ]),
);

/**
 * The bank question behind a question the server showed. The server names questions by a
 * handle that means nothing outside the attempt, so the tests, like anyone, know a question
 * only by its words.
 */
export function bankQuestion(shown: { stem: string }): BankQuestion {
  const question = byStem.get(shown.stem);
  if (!question) throw new Error(`the server showed "${shown.stem}", which is in no bank`);
  return question;
}

/** Every explanation in the banks, in both languages. */
export const explanations = quizFiles.questions.flatMap((q) => [
  q['zh-cn'].explanation,
  q.en.explanation,
]);

/**
 * The right answer to a shown question, in its shown option order, worked out from the bank
 * by matching the option texts (the server shuffles options per attempt).
 */
export function correctChoice(shown: QuestionView, locale: Locale): Choice {
  const question = bankQuestion(shown);
  if (typeof question.answer === 'boolean') return question.answer;
  const bankOptions = question[locale].options ?? [];
  const key = question.answer;
  return (shown.options ?? []).flatMap((text, position) =>
    key.includes(bankOptions.indexOf(text)) ? [position] : [],
  );
}

export { asSuperuser };

/** The stored answers of an attempt, read as an organiser. */
export async function storedAnswers(attempt: string) {
  const pb = await asSuperuser();
  return pb
    .collection('attempt_answers')
    .getFullList({ filter: pb.filter('attempt = {:attempt}', { attempt }) });
}

/**
 * Waits until the server's clock has reached `serverTime`, going by the reply's `serverNow` and
 * when it arrived (the server and the tests share a machine, so the clocks only differ by latency).
 */
export async function waitForServerTime(serverTime: number, seen: Reply<{ serverNow: number }>) {
  const offset = seen.receivedAt - seen.body.serverNow;
  await sleep(Math.max(0, serverTime + offset - Date.now()));
}
