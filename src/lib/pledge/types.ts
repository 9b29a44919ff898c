/** What the pledge routes send, mirrored from pocketbase/internal/pledge/*.go. */

export type AgeBand = 'under14' | '14to17' | '18plus';

export const ageBands: AgeBand[] = ['under14', '14to17', '18plus'];

export interface Certificate {
  number: number;
  code: string;
  /** "张**" / "L***"; absent for under-14 signers. */
  masked?: string;
  ageBand: AgeBand;
  province?: string;
  city?: string;
  /** YYYY-MM-DD, in campaign time. */
  date: string;
  /** True when this browser and name had already signed today. */
  existing?: boolean;
  /** The counts just after this pledge was stored (a fresh pledge only). */
  counts?: PledgeCounts;
}

/**
 * The live count's two figures. A **count** is how many pledges stand now (withdrawn ones
 * leave it); a pledge's **number** is its place in the order of signing, never reused, so a
 * number can be larger than the count.
 */
export interface PledgeCounts {
  total: number;
  today: number;
}

/** What a withdrawal replies: the counts just after it. */
export interface Withdrawal {
  withdrawn: boolean;
  counts: PledgeCounts;
}

export interface PledgeStats extends PledgeCounts {
  regions: { province: string; count: number }[];
  latest: { masked: string; province?: string; city?: string; date: string }[];
}

export interface Verified {
  number: number;
  masked?: string;
  ageBand: AgeBand;
  date: string;
}
