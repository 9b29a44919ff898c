import { ApiError, call, pb } from '../api';
import type { Locale } from '../locale';
import type { Messages } from '../messages';
import { normalCode } from './cards';
import type { HostView, Joined, PlayerView, PublicView } from './types';

/**
 * The live class session's calls: a phone joins with the code and keeps its reconnect token in
 * localStorage (per session), so a reload or a lost connection comes back as the same player
 * with the same score; the projector reads the host state and sends the teacher's commands.
 * Both follow the session through PocketBase realtime and poll when the stream is down.
 */

const base = '/api/jindu/classroom';
const joinKey = (code: string) => `jindu.classroom.join.${code}`;
const lastKey = 'jindu.classroom.last';

/** A join this browser remembers: the reply plus the code it was made with. */
export interface StoredJoin extends Joined {
  code: string;
}

/** Whether a string is a join code: six digits. */
export function isJoinCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** The join this browser made with `code` (or, without one, its latest join), if any. */
export function storedJoin(code?: string): StoredJoin | null {
  try {
    const raw = localStorage.getItem(code ? joinKey(code) : lastKey);
    const stored = JSON.parse(raw ?? 'null') as StoredJoin | null;
    return stored?.token && stored.sessionId ? stored : null;
  } catch {
    return null;
  }
}

/** Forgets a join (the session ended, vanished, or removed this player). */
export function forgetJoin(join: StoredJoin): void {
  localStorage.removeItem(joinKey(join.code));
  if (storedJoin()?.sessionId === join.sessionId) localStorage.removeItem(lastKey);
}

/**
 * Who a phone joins as: a nickname, or the student's roster card, which a session of a class
 * with a roster needs (the server then plays it as the roster's nickname and ignores the
 * nickname, which a session without a roster uses instead).
 */
export interface Joiner {
  nickname?: string;
  card?: string;
}

/**
 * Joins the session with `code`. A token kept from an earlier join of the same session brings
 * back the same player (the server answers with them), whoever is sent; so does the same card
 * from another device, whose token then stops working.
 */
export async function joinSession(code: string, who: Joiner, locale: Locale): Promise<StoredJoin> {
  const token = storedJoin(code)?.token;
  const nickname = who.nickname?.trim();
  const reply = await call<Joined>('POST', `${base}/join`, {
    body: {
      code,
      locale,
      token,
      ...(nickname ? { nickname } : {}),
      ...(who.card ? { card: normalCode(who.card) } : {}),
    },
  });
  const stored: StoredJoin = { ...reply, code };
  localStorage.setItem(joinKey(code), JSON.stringify(stored));
  localStorage.setItem(lastKey, JSON.stringify(stored));
  return stored;
}

/** The player's state now: the same token after a reload finds the same player and score. */
export function loadPlayer(join: StoredJoin): Promise<PlayerView> {
  return call<PlayerView>('GET', `${base}/play/${join.sessionId}`, {
    headers: { 'X-Player-Token': join.token },
  });
}

/**
 * Sends an answer to question `index`. The request key makes a retry (a flaky network) return
 * the first answer instead of "already answered".
 */
export function sendLiveAnswer(
  join: StoredJoin,
  index: number,
  choice: number[] | boolean,
  requestKey: string,
): Promise<PlayerView> {
  return call<PlayerView>('POST', `${base}/play/${join.sessionId}/answer`, {
    body: { index, choice, requestKey },
    headers: { 'X-Player-Token': join.token },
  });
}

/** Codes meaning this phone cannot play this session any more. */
export const goneCodes = [
  'session_not_found',
  'session_ended',
  'player_removed',
  'player_required',
];

/** Whether an error means the session is over for this phone (not a passing network fault). */
export function isGone(error: unknown): error is ApiError {
  return error instanceof ApiError && goneCodes.includes(error.code);
}

/** The commands a teacher sends from the projector. */
export type HostCommand = 'next' | 'pause' | 'resume' | 'skip' | 'end' | 'lock' | 'unlock';

/** The projector's state (the teacher's own session only; another's is session_not_found). */
export function loadHost(sessionId: string): Promise<HostView> {
  return call<HostView>('GET', `${base}/sessions/${sessionId}/host`);
}

/** Runs a teacher's command and returns the new host state. */
export function sendCommand(sessionId: string, command: HostCommand): Promise<HostView> {
  return call<HostView>('POST', `${base}/sessions/${sessionId}/${command}`);
}

/** Takes a player out of the session; their token stops working. */
export function removePlayer(sessionId: string, playerId: string): Promise<HostView> {
  return call<HostView>('POST', `${base}/sessions/${sessionId}/players/${playerId}/remove`);
}

/**
 * Follows a session: every realtime message (a PublicView) goes to `onView`; `onReconnect` runs
 * each time the stream (re)connects, so a view can catch up on what it missed; while the stream
 * is down, `poll` runs every `pollMs`. Returns a function that stops following.
 */
export function followSession(
  sessionId: string,
  handlers: {
    onView: (view: PublicView) => void;
    onReconnect: () => void;
    poll: () => void;
    onConnection?: (connected: boolean) => void;
  },
  pollMs = 2000,
): () => void {
  let stopped = false;
  const unsubscribers: Array<() => Promise<void>> = [];
  const keep = (unsubscribe: () => Promise<void>) =>
    stopped ? void unsubscribe() : unsubscribers.push(unsubscribe);
  let first = true;
  pb.realtime
    .subscribe('PB_CONNECT', () => {
      handlers.onConnection?.(true);
      // the first connect is the start; later ones follow a drop and must catch up
      if (!first) handlers.onReconnect();
      first = false;
    })
    .then(keep)
    .catch(() => handlers.onConnection?.(false));
  pb.realtime
    .subscribe(`classroom/${sessionId}`, (view: PublicView) => handlers.onView(view))
    .then(keep)
    .catch(() => handlers.onConnection?.(false));
  const timer = setInterval(() => {
    const connected = pb.realtime.isConnected;
    handlers.onConnection?.(connected);
    if (!connected) handlers.poll();
  }, pollMs);
  return () => {
    stopped = true;
    clearInterval(timer);
    for (const unsubscribe of unsubscribers) void unsubscribe().catch(() => undefined);
  };
}

/**
 * A friendly nickname from the locale's word lists, for students who would rather not choose
 * one; the server still checks it and adds a number if the class already has it.
 * @example suggestNickname(['勇敢的'], ['熊猫'], 'zh-cn') // '勇敢的熊猫37'
 */
export function suggestNickname(adjectives: string[], animals: string[], locale: Locale): string {
  const pick = (list: string[]) => list[Math.floor(Math.random() * list.length)] ?? '';
  const number = 10 + Math.floor(Math.random() * 90);
  return locale === 'en'
    ? `${pick(adjectives)} ${pick(animals)} ${number}`
    : `${pick(adjectives)}${pick(animals)}${number}`;
}

/** The join page's address for a code, in the page's locale, for the projector's QR code. */
export function joinUrl(origin: string, playPath: string, code: string): string {
  const url = new URL(playPath, origin);
  url.searchParams.set('code', code);
  return url.href;
}

/** What the live islands are told: the live messages plus the error messages, raw. */
export type LiveLabels = Messages['live'] & { errors: Messages['errors'] };
