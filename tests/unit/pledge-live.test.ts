import { describe, expect, test } from 'vitest';
import { emptyWall, withCounts } from '../../src/lib/pledge/live';
import type { PledgeStats } from '../../src/lib/pledge/types';

const stats = (total: number, named: number): PledgeStats => ({
  total,
  today: total,
  regions: [],
  latest: Array.from({ length: named }, (_, i) => ({ masked: `张${i}*`, date: '2026-12-06' })),
});

describe('the live panel agrees with itself', () => {
  test('a wall with nobody on it says nobody signed only when the count is 0', () => {
    expect(emptyWall(stats(0, 0))).toBe('nobody');
    // one under-14 signer: counted, never named, so the wall must not say nobody signed
    expect(emptyWall(stats(1, 0))).toBe('unnamed');
    expect(emptyWall(stats(3, 1))).toBeNull();
  });

  test("a reply's counts replace the total and today and keep the regions and the wall", () => {
    const before = { ...stats(4, 2), regions: [{ province: '110000', count: 2 }] };
    const after = withCounts(before, { total: 5, today: 3 });
    expect(after).toMatchObject({ total: 5, today: 3, regions: before.regions });
    expect(after.latest).toBe(before.latest);
    // before the first stats arrive, the counts alone make a panel
    expect(withCounts(null, { total: 1, today: 1 })).toEqual({
      total: 1,
      today: 1,
      regions: [],
      latest: [],
    });
  });
});
