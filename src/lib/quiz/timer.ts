/**
 * Question clocks run on the server's time: each reply says the server's `now`, so the browser
 * keeps the offset and counts down to the server's deadline, whatever its own clock says.
 */

/** The offset to add to Date.now() to read the server's clock. */
export function clockOffset(serverNow: number, receivedAt = Date.now()): number {
  return serverNow - receivedAt;
}

/** Whole seconds left until a deadline (never negative). */
export function secondsLeft(deadline: number, offset: number, now = Date.now()): number {
  return Math.max(0, Math.ceil((deadline - (now + offset)) / 1000));
}

/**
 * Whether a screen reader should hear the time now: at half time, at 10 and 5 seconds left —
 * often enough to plan, rarely enough not to talk over the question.
 */
export function shouldAnnounce(left: number, total: number): boolean {
  const half = Math.floor(total / 2);
  return left > 0 && (left === 10 || left === 5 || (half > 10 && left === half));
}
