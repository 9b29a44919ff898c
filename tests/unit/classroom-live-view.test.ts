import { describe, expect, test } from 'vitest';
import {
  hasAnswered,
  isCurrent,
  isNewStep,
  mergeHostView,
  mergePlayerView,
} from '../../src/lib/classroom/liveView';
import type { HostView, PlayerView, PublicView } from '../../src/lib/classroom/types';

/** A public view of question `index` in `phase` at `version`, with `players` in the room. */
function publicView(
  version: number,
  index: number,
  phase: PublicView['phase'] = 'question',
  players = 3,
): PublicView {
  return {
    sessionId: 's',
    version,
    phase,
    paused: false,
    locked: false,
    index,
    total: 5,
    serverNow: 1_000,
    timeLeftMs: 0,
    answeredCount: 0,
    activePlayers: players,
  };
}

const me = { playerId: 'p', nickname: '小明', score: 300, streak: 2, rank: 1 };
const answer = { index: 1, choice: [0] };

function playerView(base: PublicView, withAnswer = true): PlayerView {
  return { ...base, me: withAnswer ? { ...me, answer } : { ...me } };
}

function hostView(base: PublicView, players: number): HostView {
  return {
    ...base,
    code: '123456',
    title: 'Class',
    locale: 'zh-cn',
    settings: {
      scoring: 'speed',
      points: 1000,
      streak: true,
      leaderboard: 'each',
      winners: 3,
      seconds: 20,
    },
    players: Array.from({ length: players }, (_, i) => ({
      id: `p${i}`,
      nickname: `n${i}`,
      score: 0,
      answered: false,
    })),
  };
}

describe('versioned views', () => {
  test('a fetched view replaces the shown one unless it is older', () => {
    const shown = publicView(5, 1);
    expect(isCurrent(null, shown)).toBe(true);
    expect(isCurrent(shown, publicView(5, 1))).toBe(true);
    expect(isCurrent(shown, publicView(6, 1))).toBe(true);
    expect(isCurrent(shown, publicView(4, 1))).toBe(false);
  });

  test('another question or another phase is a new step; the first view is one too', () => {
    const shown = publicView(5, 1);
    expect(isNewStep(shown, publicView(6, 1))).toBe(false);
    expect(isNewStep(shown, publicView(6, 2))).toBe(true);
    expect(isNewStep(shown, publicView(6, 1, 'closed'))).toBe(true);
    expect(isNewStep(null, shown)).toBe(true);
  });

  test('a player has answered only the question their answer names', () => {
    expect(hasAnswered(playerView(publicView(5, 1)))).toBe(true);
    expect(hasAnswered(playerView(publicView(5, 2)))).toBe(false);
    expect(hasAnswered(playerView(publicView(5, 1), false))).toBe(false);
    expect(hasAnswered(null)).toBe(false);
  });
});

describe('the phone merges realtime messages', () => {
  const shown = playerView(publicView(5, 1));

  test('a message that is not newer changes nothing', () => {
    expect(mergePlayerView(shown, publicView(5, 1))).toBeNull();
    expect(mergePlayerView(shown, publicView(4, 2))).toBeNull();
  });

  test('the public part changes; the player’s own stays, with the answer on the same question', () => {
    const message = { ...publicView(6, 1), answeredCount: 2 };
    expect(mergePlayerView(shown, message)).toEqual({
      view: { ...message, me: { ...me, answer } },
      refetch: false,
    });
  });

  test('a new question drops the answer to the last one', () => {
    const merged = mergePlayerView(shown, publicView(7, 2));
    expect(merged?.view.me).toEqual(me);
    expect(merged?.refetch).toBe(false);
  });

  test('a question that closes, or the end, brings the outcome: fetch the own part', () => {
    expect(mergePlayerView(shown, publicView(6, 1, 'closed'))?.refetch).toBe(true);
    expect(mergePlayerView(shown, publicView(6, 1, 'ended'))?.refetch).toBe(true);
    const closed = playerView(publicView(6, 1, 'closed'));
    expect(mergePlayerView(closed, publicView(7, 1, 'closed'))?.refetch).toBe(false);
  });

  test('fewer players may mean this one was removed: fetch the own part', () => {
    expect(mergePlayerView(shown, publicView(6, 1, 'question', 2))?.refetch).toBe(true);
    expect(mergePlayerView(shown, publicView(6, 1, 'question', 4))?.refetch).toBe(false);
  });
});

describe('the projector merges realtime messages', () => {
  const shown = hostView(publicView(5, 1), 3);

  test('a message that is not newer changes nothing', () => {
    expect(mergeHostView(shown, publicView(5, 2))).toBeNull();
  });

  test('the public part changes; the teacher’s part stays', () => {
    const message = { ...publicView(6, 1), answeredCount: 1 };
    const merged = mergeHostView(shown, message);
    expect(merged?.view).toEqual({ ...shown, ...message });
    expect(merged?.view.players).toHaveLength(3);
    expect(merged?.refetch).toBe(false);
  });

  test('another number of players, or a closed question, fetches the whole view', () => {
    expect(mergeHostView(shown, publicView(6, 1, 'question', 4))?.refetch).toBe(true);
    expect(mergeHostView(shown, publicView(6, 1, 'question', 2))?.refetch).toBe(true);
    expect(mergeHostView(shown, publicView(6, 1, 'closed'))?.refetch).toBe(true);
  });
});
