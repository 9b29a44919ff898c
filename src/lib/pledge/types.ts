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
}

export interface PledgeStats {
  total: number;
  today: number;
  regions: { province: string; count: number }[];
  latest: { masked: string; province?: string; city?: string; date: string }[];
}

export interface Verified {
  number: number;
  masked?: string;
  ageBand: AgeBand;
  date: string;
}
