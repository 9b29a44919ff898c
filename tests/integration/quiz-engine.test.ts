import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  answer,
  bankQuestion,
  correctChoice,
  finish,
  newParticipant,
  problemOf,
  start,
  status,
  storedAnswers,
  view,
  withoutServerNow,
  waitForServerTime,
} from '../support/quizApi';

/** How long after a deadline an answer still counts (pocketbase/internal/quiz/clock.go). */
const graceMs = 2000;
/** fixture-fast gives 3 seconds a question (tests/fixtures/quiz-definitions). */
const perQuestionMs = 3000;
/** Room for a busy machine between "the clock has passed" and the request arriving. */
const marginMs = 700;

describe('the clock is the server’s', () => {
  test.concurrent(
    'an answer after the deadline and its grace is recorded as timed out, worth nothing',
    async ({ expect }) => {
      const { token } = await newParticipant();
      const started = await start(token, 'fixture-fast', { locale: 'en' });
      expect(started.status).toBe(201);
      const first = started.body.current!;
      expect(first.deadline).toBe(first.startedAt! + perQuestionMs);

      await waitForServerTime(first.deadline! + graceMs + marginMs, started);
      const late = await answer(token, started.body.id, {
        question: first.id,
        choice: correctChoice(first, 'en'),
        locale: 'en',
      });
      expect(late.status).toBe(200);
      expect(late.body.accepted).toBe(false);
      expect(late.body.answer).toMatchObject({ index: 0, question: first.id, status: 'timed_out' });
      const second = late.body.next!;
      expect(second.index).toBe(1);
      // the next question started when the first one closed, not when the late answer came
      expect(second.startedAt).toBe(first.deadline);

      // inside the grace period an answer still counts, at the slowest speed
      await waitForServerTime(second.deadline! + graceMs / 2, started);
      const inGrace = await answer(token, started.body.id, {
        question: second.id,
        choice: correctChoice(second, 'en'),
        locale: 'en',
      });
      expect(inGrace.body).toMatchObject({ accepted: true, answer: { status: 'answered' } });

      const done = await finish(token, started.body.id, 'en');
      expect(done.body.status).toBe('finished');
      expect(done.body.answered.map((a) => a.status)).toEqual(['timed_out', 'answered', 'skipped']);
      const [timedOut, graced] = done.body.result!.questions;
      expect(timedOut?.feedback).toMatchObject({ outcome: 'timed_out', points: 0 });
      expect(graced?.feedback.outcome).toBe('correct');
      expect(graced?.feedback.points).toBeGreaterThan(0);
      expect(done.body.result!.score).toBe(graced?.feedback.points);
      expect(done.body.result!.correct).toBe(1);
    },
    30_000,
  );

  test.concurrent(
    'coming back after every deadline has passed finds the attempt finished, all timed out',
    async ({ expect }) => {
      const { token } = await newParticipant();
      const started = await start(token, 'fixture-fast', { locale: 'zh-cn' });
      expect(started.status).toBe(201);
      const count = started.body.count;
      await waitForServerTime(
        started.body.startedAt + count * perQuestionMs + graceMs + marginMs,
        started,
      );

      const resumed = await view(token, started.body.id, 'zh-cn');
      expect(resumed.status).toBe(200);
      expect(resumed.body.status).toBe('finished');
      expect(resumed.body.current).toBeNull();
      expect(resumed.body.answered.map((a) => a.status)).toEqual(Array(count).fill('timed_out'));
      const result = resumed.body.result!;
      expect(result).toMatchObject({ score: 0, correct: 0, total: count });
      // time ran out question by question; the time away after that is not counted
      expect(result.timeUsedMs).toBe(count * perQuestionMs);
      expect((await status(token, 'fixture-fast')).body.unfinished).toBeUndefined();
    },
    30_000,
  );
});

describe('answers are idempotent', () => {
  test('the same answer sent twice at once and once more later is stored and scored once', async () => {
    const { token } = await newParticipant();
    const started = await start(token, 'practice-law', { locale: 'en' });
    const attempt = started.body.id;
    const question = started.body.current!;
    const input = {
      question: question.id,
      choice: correctChoice(question, 'en'),
      key: randomUUID(),
      locale: 'en' as const,
    };

    const [first, retry] = await Promise.all([
      answer(token, attempt, input),
      answer(token, attempt, input),
    ]);
    const later = await answer(token, attempt, input);
    expect([first.status, retry.status, later.status]).toEqual([200, 200, 200]);
    expect(first.body.accepted).toBe(true);
    expect(first.body.answer.feedback?.outcome).toBe('correct');
    expect(retry.body).toEqual(first.body);
    expect(later.body).toEqual(first.body);
    expect(
      (await storedAnswers(attempt)).filter((row) => row['question'] === bankQuestion(question).id),
    ).toHaveLength(1);

    const otherKey = await answer(token, attempt, { ...input, key: randomUUID() });
    expect(problemOf(otherKey)).toEqual([409, 'already_answered']);

    const done = await finish(token, attempt, 'en');
    const points = first.body.answer.feedback!.points;
    expect(points).toBeGreaterThan(0);
    expect(done.body.result).toMatchObject({ score: points, correct: 1 });
    expect(
      (await storedAnswers(attempt)).filter((row) => row['question'] === bankQuestion(question).id),
    ).toHaveLength(1);
  });
});

describe('an attempt is its participant’s alone', () => {
  test('another participant can neither read, answer nor finish it, and nothing changes', async () => {
    const owner = await newParticipant();
    const stranger = await newParticipant();
    const started = await start(owner.token, 'practice-law', { locale: 'zh-cn' });
    const attempt = started.body.id;
    const question = started.body.current!;
    const before = await view(owner.token, attempt, 'zh-cn');

    expect(problemOf(await view(stranger.token, attempt))).toEqual([404, 'attempt_not_found']);
    const stolen = await answer(stranger.token, attempt, {
      question: question.id,
      choice: correctChoice(question, 'zh-cn'),
    });
    expect(problemOf(stolen)).toEqual([404, 'attempt_not_found']);
    expect(stolen.text).not.toContain(question.id);
    expect(problemOf(await finish(stranger.token, attempt))).toEqual([404, 'attempt_not_found']);
    expect(problemOf(await view('', attempt))).toEqual([401, 'participant_required']);

    const after = await view(owner.token, attempt, 'zh-cn');
    expect(withoutServerNow(after.body)).toEqual(withoutServerNow(before.body));
    expect(after.body.status).toBe('open');
    expect(await storedAnswers(attempt)).toHaveLength(0);
    // an id that is not an attempt at all reads the same as someone else's
    expect(problemOf(await view(stranger.token, 'no-such-attempt'))).toEqual([
      404,
      'attempt_not_found',
    ]);
  });
});
