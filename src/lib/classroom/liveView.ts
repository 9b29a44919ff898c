import type { HostView, PlayerView, PublicView } from './types';

/**
 * How the phone and the projector keep their view of a live session current. Every view the
 * server sends carries the session's version, which only grows. A fetched view (the player's or
 * the teacher's own, or a command's reply) replaces the one shown unless it is older; a realtime
 * message holds only the public part, so it is merged in only when it is newer, and says when
 * the island should fetch its own part again.
 */

/** Whether a fetched view may replace the one shown: there is none yet, or it is not older. */
export function isCurrent(shown: PublicView | null, next: PublicView): boolean {
  return !shown || next.version >= shown.version;
}

/** Whether `next` is another step than the one shown: another question, or another phase. */
export function isNewStep(shown: PublicView | null, next: PublicView): boolean {
  return shown?.index !== next.index || shown?.phase !== next.phase;
}

/** A realtime message merged into a view, and whether the island should fetch its own part. */
export interface Merged<View> {
  view: View;
  refetch: boolean;
}

/**
 * The phone's view after a realtime message, or null when the message is not newer. The
 * player's own part stays, with their answer while the question is the same. A question that
 * closed (or the end) brings the player's outcome, and fewer players may mean this one was
 * removed: then the phone fetches its own view.
 */
export function mergePlayerView(view: PlayerView, message: PublicView): Merged<PlayerView> | null {
  if (message.version <= view.version) return null;
  const { answer, ...me } = view.me;
  const closed =
    isNewStep(view, message) && (message.phase === 'closed' || message.phase === 'ended');
  return {
    view: { ...message, me: message.index === view.index && answer ? { ...me, answer } : me },
    refetch: closed || message.activePlayers < view.activePlayers,
  };
}

/**
 * The projector's view after a realtime message, or null when the message is not newer. The
 * message has no player list: the projector fetches its view when the number of players
 * changed, and when a question closed (the players' new scores).
 */
export function mergeHostView(host: HostView, message: PublicView): Merged<HostView> | null {
  if (message.version <= host.version) return null;
  return {
    view: { ...host, ...message },
    refetch: message.activePlayers !== host.players.length || message.phase === 'closed',
  };
}

/** Whether the player has answered the question now shown. */
export function hasAnswered(view: PlayerView | null): boolean {
  return !!view?.me.answer && view.me.answer.index === view.index;
}
