import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import {
  answer,
  asSuperuser,
  asTeacher,
  join,
  mustJoin,
  newSession,
  newTeacher,
  play,
  problemOf,
  rightPosition,
  type HostView,
  type Joined,
} from '../support/classroomApi';

/** The answer rows stored for a player, read as an organiser. */
async function storedAnswers(player: Joined) {
  const pb = await asSuperuser();
  return pb
    .collection('live_answers')
    .getFullList({ filter: pb.filter('player = {:p}', { p: player.playerId }) });
}

/** A teacher with a session of three questions and two players, the first question open. */
async function openQuestion(settings: Record<string, unknown> = {}) {
  const teacher = await newTeacher();
  const session = await newSession(teacher, 3, settings);
  const amy = await mustJoin(session.code, 'Amy');
  const bo = await mustJoin(session.code, 'Bo');
  const next = await asTeacher<HostView>(teacher, `/sessions/${session.sessionId}/next`);
  expect(next.body.phase).toBe('question');
  return { teacher, session, amy, bo, question: next.body.question! };
}

describe('answering', () => {
  test('a second, different answer is refused; a retry with the same request key returns the first and stores one row', async () => {
    const { amy, question } = await openQuestion();
    const right = rightPosition(question);
    const first = await answer(amy, 0, [right], 'key-1');
    expect(first.status).toBe(200);
    expect(first.body.me.answer).toEqual({ index: 0, choice: [right] }); // no outcome before the close
    const retry = await answer(amy, 0, [right], 'key-1');
    expect(retry.status).toBe(200);
    expect(retry.body.me.answer).toEqual(first.body.me.answer);
    expect(problemOf(await answer(amy, 0, [(right + 1) % 4], 'key-2'))).toEqual([
      409,
      'already_answered',
    ]);
    expect(await storedAnswers(amy)).toHaveLength(1);
  });

  test('nobody can answer once the question closed, by a skip or at its deadline', async () => {
    const { teacher, session, amy, bo, question } = await openQuestion({ seconds: 5 });
    await asTeacher(teacher, `/sessions/${session.sessionId}/skip`);
    expect(problemOf(await answer(amy, 0, [rightPosition(question)]))).toEqual([
      409,
      'question_closed',
    ]);
    // the next question closes by itself at its deadline (plus a second's grace)
    const next = await asTeacher<HostView>(teacher, `/sessions/${session.sessionId}/next`);
    await sleep(next.body.deadline! - next.body.serverNow + 1_300);
    expect(problemOf(await answer(bo, 1, [0]))).toEqual([409, 'question_closed']);
    expect((await play(bo)).body).toMatchObject({ phase: 'closed', index: 1 });
    expect(await storedAnswers(amy)).toHaveLength(0);
    expect(await storedAnswers(bo)).toHaveLength(0);
  });

  test('bad input gets a clear code and changes nothing', async () => {
    const { teacher, session, amy } = await openQuestion();
    expect(problemOf(await answer(amy, 0, [7]))).toEqual([400, 'invalid_choice']);
    expect(problemOf(await answer(amy, 0, [0, 1]))).toEqual([400, 'invalid_choice']);
    expect(problemOf(await answer(amy, 0, null))).toEqual([400, 'invalid_choice']);
    expect(problemOf(await answer(amy, 0, 'A'))).toEqual([400, 'invalid_choice']);
    expect(problemOf(await answer(amy, 2, [0]))).toEqual([409, 'question_not_open']);
    expect(problemOf(await answer({ ...amy, token: 'forged' }, 0, [0]))).toEqual([
      401,
      'player_required',
    ]);
    expect(await storedAnswers(amy)).toHaveLength(0);

    expect(problemOf(await join('000000', 'Amy'))).toEqual([404, 'session_not_found']);
    expect(problemOf(await join('abc', 'Amy'))).toEqual([404, 'session_not_found']);
    expect(problemOf(await join(session.code, 'Big Weed'))).toEqual([400, 'nickname_blocked']);
    expect(problemOf(await join(session.code, 'x'.repeat(21)))).toEqual([400, 'nickname_too_long']);
    const host = await asTeacher<HostView>(teacher, `/sessions/${session.sessionId}/host`);
    expect(host.body.players.map((p) => p.nickname)).toEqual(['Amy', 'Bo']);
    expect(host.body.answeredCount).toBe(0);
  });
});

describe('joining and coming back', () => {
  test('a reload with the same token finds the same player with the same score', async () => {
    const { teacher, session, amy, bo, question } = await openQuestion();
    await answer(amy, 0, [rightPosition(question)]);
    await answer(bo, 0, [(rightPosition(question) + 1) % 4]); // the last answer closes it
    const before = await play(amy);
    expect(before.body.phase).toBe('closed');
    expect(before.body.me.score).toBeGreaterThan(500);
    expect(before.body.me.answer).toMatchObject({ outcome: 'correct' });
    expect(before.body.result?.correct).toEqual([rightPosition(question)]);

    await asTeacher(teacher, `/sessions/${session.sessionId}/next`);
    const reloaded = await play({ ...amy }); // a new page with the stored token
    expect(reloaded.body.me).toMatchObject({
      playerId: amy.playerId,
      nickname: 'Amy',
      score: before.body.me.score,
    });
    expect(reloaded.body).toMatchObject({ phase: 'question', index: 1 });
  });

  test('a device that lost its state but kept the token joins again as the same player', async () => {
    const { teacher, session, amy, bo, question } = await openQuestion();
    await answer(amy, 0, [rightPosition(question)]);
    await answer(bo, 0, [rightPosition(question)]);
    const score = (await play(amy)).body.me.score;
    expect(score).toBeGreaterThan(0);
    await asTeacher(teacher, `/sessions/${session.sessionId}/lock`); // rejoining is not joining

    const again = await join(session.code, 'New name', amy.token);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(amy);
    expect((await play(again.body)).body.me).toMatchObject({ playerId: amy.playerId, score });
    const host = await asTeacher<HostView>(teacher, `/sessions/${session.sessionId}/host`);
    expect(host.body.players.map((p) => p.nickname)).toEqual(['Amy', 'Bo']);

    // another session's token is no key here: a new player (once the lobby is open)
    expect(problemOf(await join(session.code, 'Stale', 'not-a-token'))).toEqual([
      409,
      'lobby_locked',
    ]);
    await asTeacher(teacher, `/sessions/${session.sessionId}/unlock`);
    const other = await newSession(teacher);
    const stranger = await mustJoin(other.code, 'Amy');
    const fresh = await join(session.code, 'Cy', stranger.token);
    expect(fresh.status).toBe(201);
    expect(fresh.body.playerId).not.toBe(stranger.playerId);
    // a removed player's token does not bring them back
    await asTeacher(teacher, `/sessions/${session.sessionId}/players/${bo.playerId}/remove`);
    expect(problemOf(await join(session.code, 'Bo', bo.token))).toEqual([403, 'player_removed']);
  });

  test('a duplicate nickname gets a suffix; an empty one is generated', async () => {
    const teacher = await newTeacher();
    const session = await newSession(teacher);
    expect((await mustJoin(session.code, '小明')).nickname).toBe('小明');
    expect((await mustJoin(session.code, '小明')).nickname).toBe('小明 2');
    expect((await mustJoin(session.code)).nickname).toMatch(/^\p{Script=Han}+\d{2}$/u);
  });

  test('a locked lobby refuses joins until unlocked', async () => {
    const teacher = await newTeacher();
    const session = await newSession(teacher);
    await asTeacher(teacher, `/sessions/${session.sessionId}/lock`);
    expect(problemOf(await join(session.code, 'Late'))).toEqual([409, 'lobby_locked']);
    await asTeacher(teacher, `/sessions/${session.sessionId}/unlock`);
    expect((await join(session.code, 'Late')).status).toBe(201);
    await asTeacher(teacher, `/sessions/${session.sessionId}/end`);
    expect(problemOf(await join(session.code, 'Later'))).toEqual([404, 'session_not_found']);
  });

  test('a removed player is refused with their token', async () => {
    const { teacher, session, amy, bo } = await openQuestion();
    const removed = await asTeacher<HostView>(
      teacher,
      `/sessions/${session.sessionId}/players/${amy.playerId}/remove`,
    );
    expect(removed.body.players.map((p) => p.nickname)).toEqual(['Bo']);
    expect(problemOf(await play(amy))).toEqual([403, 'player_removed']);
    expect(problemOf(await answer(amy, 0, [0]))).toEqual([403, 'player_removed']);
    expect(await storedAnswers(amy)).toHaveLength(0);
    expect((await play(bo)).status).toBe(200);
  });
});
