import { describe, expect, test } from 'vitest';
import {
  asSuperuser,
  freshStats,
  newDevice,
  pledgeSuite,
  proofs,
  runningCounts,
  sign,
  storedPledgeCount,
  verify,
  withdraw,
  type Signer,
} from '../support/pledgeApi';

pledgeSuite();

/** Provinces only this file signs in, and how many of the 60 sign in each. */
const provinces = { '150000': 25, '450000': 20, '630000': 8 } as const;

describe('the counts stay exact', () => {
  test('60 people signing at once move the total and today by 60 and each province by its signers; every number is distinct', async () => {
    const signers: Signer[] = [];
    for (const [province, count] of Object.entries(provinces)) {
      for (let i = 0; i < count; i++) {
        signers.push({
          name: `Signer ${province} ${i}`,
          ageBand: i % 3 === 0 ? '14to17' : '18plus',
          province,
          ...(i % 2 === 0 ? { city: `${province.slice(0, 2)}0100` } : {}),
        });
      }
    }
    for (let i = 0; i < 4; i++) signers.push({ name: `Nowhere ${i}` });
    for (let i = 0; i < 3; i++) signers.push({ name: `Young ${i}`, ageBand: 'under14' });
    expect(signers).toHaveLength(60);

    const ready = await proofs(signers.length);
    const before = await freshStats();
    const counts = await runningCounts();
    const stored = await storedPledgeCount();

    const replies = await Promise.all(signers.map((signer, i) => sign(signer, ready[i]!)));
    expect(replies.map((r) => r.status)).toEqual(Array(60).fill(201));
    const numbers = replies.map((r) => r.body.number);
    expect(new Set(numbers).size).toBe(60);
    expect(Math.min(...numbers)).toBeGreaterThan(counts.get('sequence') ?? 0);
    expect(new Set(replies.map((r) => r.body.code)).size).toBe(60);

    const after = await freshStats();
    expect(after.total).toBe(before.total + 60);
    expect(after.today).toBe(before.today + 60);
    expect(await storedPledgeCount()).toBe(stored + 60);
    const countsAfter = await runningCounts();
    for (const [province, signed] of Object.entries(provinces)) {
      const key = `province:${province}`;
      expect(countsAfter.get(key), key).toBe((counts.get(key) ?? 0) + signed);
      const shown = after.regions.find((r) => r.province === province);
      if (shown) expect(shown.count).toBe(countsAfter.get(key));
    }
    // the biggest of them is among the top regions
    expect(after.regions.map((r) => r.province)).toContain('150000');

    // and everyone's certificate verifies as theirs
    const verified = await Promise.all(replies.map((r) => verify(r.body.code)));
    expect(verified.map((v) => v.body.number)).toEqual(numbers);
  });

  test("a signature's and a withdrawal's replies carry the total and today's count just after them", async () => {
    const [proof] = await proofs(1);
    const device = await newDevice();
    const before = await freshStats();
    const signed = await sign({ name: 'Counted At Once', device }, proof!);
    expect(signed.status).toBe(201);
    expect(signed.body.counts).toEqual({ total: before.total + 1, today: before.today + 1 });
    const withdrawn = await withdraw(signed.body.code, device);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toEqual({
      withdrawn: true,
      counts: { total: before.total, today: before.today },
    });
    expect((await freshStats()).total).toBe(before.total);
  });

  test('the running counts agree with the stored pledges: the total, today and every province', async () => {
    const stats = await freshStats();
    const counts = await runningCounts();
    const pb = await asSuperuser();
    const rows = await pb
      .collection('pledges')
      .getFullList<{ province: string; day: string }>({ fields: 'province,day' });
    expect(stats.total).toBe(rows.length);
    expect(counts.get('total')).toBe(rows.length);

    const byProvince = new Map<string, number>();
    const byDay = new Map<string, number>();
    for (const row of rows) {
      if (row.province)
        byProvince.set(
          `province:${row.province}`,
          (byProvince.get(`province:${row.province}`) ?? 0) + 1,
        );
      byDay.set(`day:${row.day}`, (byDay.get(`day:${row.day}`) ?? 0) + 1);
    }
    for (const [key, count] of counts) {
      if (key.startsWith('province:')) expect(count, key).toBe(byProvince.get(key) ?? 0);
      if (key.startsWith('day:')) expect(count, key).toBe(byDay.get(key) ?? 0);
    }
    for (const [key, count] of byProvince) expect(counts.get(key), key).toBe(count);
    // the top regions are the five biggest
    const top = [...byProvince.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([, count]) => count);
    expect(stats.regions.map((r) => r.count)).toEqual(top);
    for (const region of stats.regions) {
      expect(region.count).toBe(byProvince.get(`province:${region.province}`));
    }
  });
});
