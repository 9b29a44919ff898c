import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  answer,
  call,
  correctChoice,
  finish,
  newParticipant,
  problemOf,
  start,
  status,
  storedAnswers,
  view,
  withoutServerNow,
  type Reply,
} from '../support/quizApi';

describe('bad input changes nothing', () => {
  test('malformed, incomplete or impossible answers get a clear code and leave the attempt as it was', async () => {
    // someone who has done today's daily challenge knows how its questions were named
    const scout = await newParticipant();
    const scouted = await start(scout.token, 'daily');
    const scoutedHandles = (await finish(scout.token, scouted.body.id)).body.result!.questions.map(
      (q) => q.id,
    );

    const { token } = await newParticipant();
    const started = await start(token, 'daily', { locale: 'en' });
    expect(started.status).toBe(201);
    const attempt = started.body.id;
    const current = started.body.current!;
    const before = await view(token, attempt, 'en');
    const path = `/api/jindu/attempts/${attempt}/answers`;
    const key = randomUUID();

    const refusals: [string, () => Promise<Reply<unknown>>, number, string][] = [
      [
        'malformed JSON',
        () => call(path, { token, rawBody: '{"question": "' }),
        400,
        'invalid_answer',
      ],
      [
        'no key',
        () => call(path, { token, body: { question: current.id, choice: [0] } }),
        400,
        'invalid_answer',
      ],
      [
        'a short key',
        () => answer(token, attempt, { question: current.id, choice: [0], key: 'abc' }),
        400,
        'invalid_answer',
      ],
      [
        'no question',
        () => call(path, { token, body: { choice: [0], key } }),
        400,
        'invalid_answer',
      ],
      [
        'a word for a choice',
        () => call(path, { token, body: { question: current.id, choice: 'yes', key } }),
        400,
        'invalid_answer',
      ],
      [
        'an unknown question',
        () => answer(token, attempt, { question: 'no-such-question', choice: [0] }),
        400,
        'unknown_question',
      ],
      [
        "another attempt's name for a question",
        () => answer(token, attempt, { question: scoutedHandles[0]!, choice: [0] }),
        400,
        'unknown_question',
      ],
      [
        'an option out of range',
        () => answer(token, attempt, { question: current.id, choice: [99] }),
        400,
        'invalid_choice',
      ],
      [
        'a negative option',
        () => answer(token, attempt, { question: current.id, choice: [-1] }),
        400,
        'invalid_choice',
      ],
      [
        'the same option twice',
        () => answer(token, attempt, { question: current.id, choice: [0, 0] }),
        400,
        'invalid_choice',
      ],
    ];
    for (const [label, send, code, name] of refusals) {
      expect(problemOf(await send()), label).toEqual([code, name]);
    }

    const after = await view(token, attempt, 'en');
    expect(withoutServerNow(after.body)).toEqual(withoutServerNow(before.body));
    expect(await storedAnswers(attempt)).toHaveLength(0);
    // and the same question can still be answered properly
    const proper = await answer(token, attempt, {
      question: current.id,
      choice: correctChoice(current, 'en'),
      key,
    });
    expect(proper.status).toBe(200);
    expect(proper.body.answer.feedback?.outcome).toBe('correct');
  });

  test('starting refuses unknown quizzes, bad bodies and missing or forged tokens', async () => {
    const { token } = await newParticipant();
    const other = await newParticipant();
    expect(problemOf(await start(token, 'no-such-quiz'))).toEqual([404, 'quiz_not_found']);
    const malformed = await call('/api/jindu/quizzes/practice-law/attempts', {
      token,
      rawBody: '{',
    });
    expect(problemOf(malformed)).toEqual([400, 'invalid_body']);
    expect(problemOf(await start('', 'practice-law'))).toEqual([401, 'participant_required']);
    // someone else's id with one's own signature
    const forged = `${other.id}.${token.split('.')[1]}`;
    expect(problemOf(await start(forged, 'practice-law'))).toEqual([401, 'participant_required']);
    expect((await status(token, 'practice-law')).body.unfinished).toBeUndefined();
    expect((await status(other.token, 'practice-law')).body.unfinished).toBeUndefined();
  });
});
