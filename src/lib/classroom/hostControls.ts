import type { HostCommand } from './live';
import type { HostView } from './types';

/**
 * The projector's pacing, apart from its view: what the one "go on" button does next and what
 * each key does.
 */

/** What the "go on" button does next; each is also its label's name. */
export type Advance = 'start' | 'results' | 'leaderboard' | 'next' | 'finish';

/** Whether the last question is closed: the "go on" button then ends the class. */
export function isLastClosed(host: HostView): boolean {
  return host.phase === 'closed' && host.index + 1 >= host.total;
}

/**
 * The "go on" step from here: start the class, close the open question, show the leaderboard
 * after a closed one (once, where it is shown after each question), then the next question or,
 * after the last, the end.
 * @example advanceStep({ ...host, phase: 'closed', leaderboard: [] }, false) // 'next'
 */
export function advanceStep(host: HostView, boardShown: boolean): Advance {
  if (host.phase === 'lobby') return 'start';
  if (host.phase === 'question') return 'results';
  if (host.phase === 'closed' && host.leaderboard?.length && !boardShown) return 'leaderboard';
  return isLastClosed(host) ? 'finish' : 'next';
}

/** What a key does on the projector: go on, toggle full screen, or send a command. */
export type HostKeyAction = 'advance' | 'fullscreen' | HostCommand;

/**
 * The projector's keys: Space (unless it presses a focused button or link) or → goes on; P
 * pauses or resumes and S skips an open question; L locks or unlocks the lobby; F toggles full
 * screen. Null for any other key, or one that does nothing now.
 * @example hostKeyAction('p', { ...host, phase: 'question', paused: true }, false) // 'resume'
 */
export function hostKeyAction(
  key: string,
  host: HostView,
  onControl: boolean,
): HostKeyAction | null {
  const lower = key.toLowerCase();
  if ((lower === ' ' && !onControl) || lower === 'arrowright') return 'advance';
  if (lower === 'p' && host.phase === 'question') return host.paused ? 'resume' : 'pause';
  if (lower === 's' && host.phase === 'question') return 'skip';
  if (lower === 'l' && host.phase === 'lobby') return host.locked ? 'unlock' : 'lock';
  if (lower === 'f') return 'fullscreen';
  return null;
}
