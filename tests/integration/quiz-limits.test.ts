import { describe, expect, test } from 'vitest';
import {
  call,
  finish,
  finishWithFirstRight,
  newParticipant,
  problemOf,
  start,
  status,
  type Board,
  type Participant,
} from '../support/quizApi';

describe('attempts per day', () => {
  test('the contest takes one attempt a day, in a valid group', async () => {
    const { token } = await newParticipant();
    expect(problemOf(await start(token, 'fixture-contest'))).toEqual([400, 'group_required']);
    expect(problemOf(await start(token, 'fixture-contest', { group: 'university' }))).toEqual([
      400,
      'group_required',
    ]);

    const first = await start(token, 'fixture-contest', { group: 'primary' });
    expect(first.status).toBe(201);
    expect(first.body.group).toBe('primary');
    // reloading the page resumes the same attempt rather than spending another
    const resumed = await start(token, 'fixture-contest', { group: 'primary' });
    expect([resumed.status, resumed.body.id]).toEqual([200, first.body.id]);
    expect((await finish(token, first.body.id)).body.status).toBe('finished');

    expect((await status(token, 'fixture-contest')).body).toMatchObject({
      open: true,
      attemptsToday: 1,
      attemptsPerDay: 1,
    });
    expect(problemOf(await start(token, 'fixture-contest', { group: 'primary' }))).toEqual([
      409,
      'daily_limit_reached',
    ]);
    expect(problemOf(await start(token, 'fixture-contest', { group: 'secondary' }))).toEqual([
      409,
      'daily_limit_reached',
    ]);
  });

  test('the daily challenge takes one attempt a day and counts the streak', async () => {
    const { token } = await newParticipant();
    const first = await start(token, 'daily');
    expect(first.status).toBe(201);
    await finish(token, first.body.id);
    expect(problemOf(await start(token, 'daily'))).toEqual([409, 'daily_limit_reached']);
    expect((await status(token, 'daily')).body).toMatchObject({
      attemptsToday: 1,
      attemptsPerDay: 1,
      streak: { current: 1, doneToday: true },
    });
  });

  test('the kiosk round can be played again straight away', async () => {
    const { token } = await newParticipant();
    const first = await start(token, 'kiosk-quick');
    await finish(token, first.body.id);
    const again = await start(token, 'kiosk-quick');
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(first.body.id);
    expect((await status(token, 'kiosk-quick')).body.attemptsPerDay).toBe(0);
  });
});

describe('the per-participant rate limit', () => {
  test('one participant flooding the API is slowed down; another on the same IP is not', async () => {
    const flooder = await newParticipant();
    const neighbour = await newParticipant();
    const replies = await Promise.all(
      Array.from({ length: 70 }, () => status(flooder.token, 'practice-law')),
    );
    const refused = replies.filter((reply) => reply.status !== 200);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.map(problemOf)).toEqual(refused.map(() => [429, 'too_many_requests']));
    // a person answering questions stays far below the limit
    expect(replies.length - refused.length).toBeGreaterThanOrEqual(30);
    expect((await status(neighbour.token, 'practice-law')).status).toBe(200);
  });
});

describe('nicknames', () => {
  async function refusal(nickname: string) {
    return problemOf(await call('/api/jindu/participants', { body: { nickname } }));
  }

  test.each([
    ['a bidi override', 'abc\u202Edcba', 'nickname_invalid_characters'],
    ['a zero-width space', 'Li\u200BLei', 'nickname_invalid_characters'],
    ['21 characters', '禁'.repeat(21), 'nickname_too_long'],
    ['a blocked Chinese word', '傻 逼', 'nickname_blocked'],
    ['a blocked English word', 'Big Weed', 'nickname_blocked'],
    ['only spaces', '   ', 'nickname_empty'],
  ])('a nickname with %s is refused', async (_, nickname, code) => {
    expect(await refusal(nickname)).toEqual([400, code]);
  });

  test('renaming is checked the same way', async () => {
    const { token } = await newParticipant();
    const renamed = await call('/api/jindu/participants/me', {
      token,
      method: 'PATCH',
      body: { nickname: 'x\u202Ey' },
    });
    expect(problemOf(renamed)).toEqual([400, 'nickname_invalid_characters']);
  });

  test('20 characters and a generated nickname are fine', async () => {
    expect((await newParticipant({ nickname: '禁'.repeat(20) })).nickname).toBe('禁'.repeat(20));
    const generated = await newParticipant({ locale: 'en' });
    expect(generated.nickname).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ \d+$/);
  });

  test('markup in a nickname is kept as plain text, here and on the leaderboard', async () => {
    const nickname = '<script>x</script>';
    const player: Participant = await newParticipant({ nickname });
    expect(player.nickname).toBe(nickname);
    const me = await call<Participant>('/api/jindu/participants/me', { token: player.token });
    expect(me.body.nickname).toBe(nickname);

    await finishWithFirstRight(player.token, 'practice-law', 'en');
    const board = await call<Board>('/api/jindu/quizzes/practice-law/leaderboard?period=today', {
      token: player.token,
    });
    const mine = board.body.places.find((place) => place.me) ?? board.body.me;
    expect(mine?.nickname).toBe(nickname);
    expect(board.text).not.toContain('&lt;');
    // the public board shows nicknames only, never who someone is
    expect(board.text).not.toContain(player.id);
  });

  test('a participant who has just finished sees their place on the board at once, though the board was read a moment before', async () => {
    const board = (token: string) =>
      call<Board>('/api/jindu/quizzes/practice-history/leaderboard?period=today', { token });
    const player = await newParticipant({ nickname: 'Quick Quinn' });
    // read (and so cached) before anyone finished today
    expect((await board(player.token)).body.rankedBy).toBe('score');

    await finishWithFirstRight(player.token, 'practice-history', 'en');
    const after = await board(player.token);
    expect(after.body.places.find((place) => place.me)?.nickname).toBe('Quick Quinn');
    // the daily challenge says it ranks by streak even before anyone is on its board
    const daily = await call<Board>('/api/jindu/quizzes/daily/leaderboard?period=week');
    expect(daily.body.rankedBy).toBe('streak');
  });
});
