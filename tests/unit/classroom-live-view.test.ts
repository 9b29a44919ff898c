import { describe, expect, test } from 'vitest';
import { advanceStep, hostKeyAction, isLastClosed } from '../../src/lib/classroom/hostControls';
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

describe('the projector’s pacing', () => {
  const at = (phase: PublicView['phase'], index = 1, extra: Partial<HostView> = {}) => ({
    ...hostView(publicView(5, index, phase), 3),
    ...extra,
  });
  const board = [{ playerId: 'p0', nickname: 'n0', score: 100, rank: 1, delta: 100 }];

  test('the "go on" button starts, closes the question, shows the board once, goes on', () => {
    expect(advanceStep(at('lobby'), false)).toBe('start');
    expect(advanceStep(at('question'), false)).toBe('results');
    expect(advanceStep(at('closed', 1, { leaderboard: board }), false)).toBe('leaderboard');
    expect(advanceStep(at('closed', 1, { leaderboard: board }), true)).toBe('next');
    // the board only at the end: a closed question has none
    expect(advanceStep(at('closed', 1, { leaderboard: [] }), false)).toBe('next');
  });

  test('after the last question it finishes, with no End button beside it', () => {
    const last = at('closed', 4, { leaderboard: board });
    expect(isLastClosed(last)).toBe(true);
    expect(isLastClosed(at('question', 4))).toBe(false);
    expect(advanceStep(last, false)).toBe('leaderboard');
    expect(advanceStep(last, true)).toBe('finish');
  });

  test('keys: Space and → go on, P pauses or resumes, S skips, L locks, F is full screen', () => {
    expect(hostKeyAction(' ', at('lobby'), false)).toBe('advance');
    expect(hostKeyAction(' ', at('lobby'), true)).toBeNull();
    expect(hostKeyAction('ArrowRight', at('question'), true)).toBe('advance');
    expect(hostKeyAction('p', at('question'), false)).toBe('pause');
    expect(hostKeyAction('P', at('question', 1, { paused: true }), false)).toBe('resume');
    expect(hostKeyAction('s', at('question'), false)).toBe('skip');
    expect(hostKeyAction('l', at('lobby'), false)).toBe('lock');
    expect(hostKeyAction('L', at('lobby', 1, { locked: true }), false)).toBe('unlock');
    expect(hostKeyAction('f', at('closed'), false)).toBe('fullscreen');
  });

  test('keys that do nothing now', () => {
    expect(hostKeyAction('p', at('lobby'), false)).toBeNull();
    expect(hostKeyAction('s', at('closed'), false)).toBeNull();
    expect(hostKeyAction('l', at('question'), false)).toBeNull();
    expect(hostKeyAction('x', at('question'), false)).toBeNull();
  });
});
