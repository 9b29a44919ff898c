import type { PledgeCounts, PledgeStats } from './types';

/**
 * The live panel's rules, in one place so its lines agree: the total and today are **counts**
 * (pledges standing now); a certificate's **number** is its place in the order of signing
 * (see `PledgeCounts`). The wall lists only signers with a masked name, so under-14 signers
 * count in the total but never appear on it.
 */

/** The browser event a signature or a withdrawal sends with the counts from its own reply. */
export const countsEvent = 'jindu:pledge-counts';

/** Tells the live panel on this page the counts a reply carried. */
export function announceCounts(counts: PledgeCounts | undefined) {
  if (counts) window.dispatchEvent(new CustomEvent<PledgeCounts>(countsEvent, { detail: counts }));
}

/** The stats with the counts a reply carried, the rest (regions, wall) as they were. */
export function withCounts(stats: PledgeStats | null, counts: PledgeCounts): PledgeStats {
  return { regions: [], latest: [], ...stats, total: counts.total, today: counts.today };
}

/**
 * What the wall says when it lists nobody: `nobody` when no pledge stands, `unnamed` when
 * every standing pledge is an under-14's (counted, never named); null when it lists names.
 */
export function emptyWall(stats: PledgeStats): 'nobody' | 'unnamed' | null {
  if (stats.latest.length) return null;
  return stats.total > 0 ? 'unnamed' : 'nobody';
}
