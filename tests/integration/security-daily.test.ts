import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import {
  answer,
  asSuperuser,
  call,
  finish,
  newParticipant,
  start,
  status,
  view,
  type Board,
  type Choice,
  type QuestionView,
} from '../support/quizApi';

/**
 * The daily-challenge replay of issue 13: a throwaway participant plays today's daily
 * challenge and notes every key its feedback shows; a participant made just now replays them to
 * take first place. Each participant's five are now drawn for them from a large pool, and the
 * board ranks by the streak of days first, so what anyone else was shown today cannot improve
 * a ranked result.
 */

/** The board's cache lives five seconds (route_leaderboard.go): wait it out to read fresh places. */
const boardTTL = 5_100;

/** What a throwaway learns: each question's right option texts (or true/false), by stem. */
type Notes = Map<string, string[] | boolean>;

/** Plays today's daily challenge; with notes, answers from them (else the first option). */
async function playDaily(
  token: string,
  notes?: Notes,
): Promise<{ stems: string[]; learnt: Notes }> {
  const learnt: Notes = new Map();
  const stems: string[] = [];
  const started = await start(token, 'daily', { locale: 'en' });
  expect(started.status).toBe(201);
  let current: QuestionView | null = started.body.current;
  const attempt = started.body.id;
  while (current) {
    stems.push(current.stem);
    const known = notes?.get(current.stem);
    const options = current.options ?? [];
    const choice: Choice =
      typeof known === 'boolean'
        ? known
        : known
          ? options.flatMap((text, i) => (known.includes(text) ? [i] : []))
          : current.type === 'truefalse'
            ? false
            : [0];
    const reply = await answer(token, attempt, { question: current.id, choice, locale: 'en' });
    expect(reply.status).toBe(200);
    const key = reply.body.answer.feedback?.correctChoice;
    if (typeof key === 'boolean') learnt.set(current.stem, key);
    else if (key)
      learnt.set(
        current.stem,
        key.map((i) => options[i]!),
      );
    if (reply.body.state) break;
    const next = await call<{ current: QuestionView | null }>(
      `/api/jindu/attempts/${attempt}/next?locale=en`,
      { token, method: 'POST' },
    );
    current = next.body.current;
  }
  await finish(token, attempt, 'en');
  return { stems, learnt };
}

describe("the daily challenge's board cannot be bought with someone else's answers", () => {
  test('a throwaway notes every key; a new participant replaying them meets other questions and ranks below a streak', async () => {
    // someone who has come back three days running, and did badly today
    const veteran = await newParticipant({ nickname: 'Steady Sam' });
    await playDaily(veteran.token);
    const pb = await asSuperuser();
    const streak = await pb
      .collection('daily_streaks')
      .getFirstListItem(pb.filter('participant = {:p}', { p: veteran.id }));
    await pb.collection('daily_streaks').update(streak.id, { current: 3, best: 3 });

    // the attacker: a throwaway collects today's keys…
    const scout = await newParticipant();
    const scouted = await playDaily(scout.token);
    expect(scouted.learnt.size).toBe(5);

    // …and a participant made just now replays them
    const fresh = await newParticipant({ nickname: 'Replay Rita' });
    const replayed = await playDaily(fresh.token, scouted.learnt);
    const shared = replayed.stems.filter((stem) => scouted.learnt.has(stem));
    expect(shared.length, `shared questions: ${shared.join(' | ')}`).toBeLessThanOrEqual(2);

    await sleep(boardTTL);
    const board = await call<Board>('/api/jindu/quizzes/daily/leaderboard?period=today', {
      token: fresh.token,
    });
    const places = [...board.body.places, ...(board.body.me ? [board.body.me] : [])];
    const rank = (nickname: string) => places.find((p) => p.nickname === nickname)?.rank;
    const sam = places.find((p) => p.nickname === 'Steady Sam');
    expect(sam?.streak).toBe(3);
    expect(rank('Replay Rita')).toBeDefined();
    expect(rank('Steady Sam')!).toBeLessThan(rank('Replay Rita')!);
  });
});

describe('a daily challenge already done today', () => {
  test("offers today's attempt for review: its result and every question's explanation", async () => {
    const { token } = await newParticipant({ nickname: 'Review Rui' });
    const before = await status(token, 'daily');
    expect(before.body.finishedToday).toBeUndefined();
    const { stems } = await playDaily(token);
    const after = await status(token, 'daily');
    expect(after.body.attemptsToday).toBe(after.body.attemptsPerDay);
    expect(after.body.finishedToday).toBeTruthy();
    const review = await view(token, after.body.finishedToday!, 'en');
    expect(review.status).toBe(200);
    expect(review.body.status).toBe('finished');
    const questions = review.body.result!.questions;
    expect(questions.map((q) => q.stem)).toEqual(stems);
    for (const q of questions) expect(q.feedback?.explanation).toBeTruthy();
    // another participant cannot open it
    const other = await newParticipant({ nickname: 'Nosy Ned' });
    expect((await view(other.token, after.body.finishedToday!, 'en')).status).toBe(404);
  });
});
