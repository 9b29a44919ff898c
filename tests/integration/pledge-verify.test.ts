import { describe, expect, test } from 'vitest';
import {
  asSuperuser,
  call,
  freshStats,
  mustSign,
  pledgeSuite,
  problemOf,
  proofs,
  randomToken,
  runningCounts,
  storedPledgeCount,
  storedPledges,
  verify,
  withdraw,
  devices,
  newDevice,
} from '../support/pledgeApi';

pledgeSuite();

/** The province this file signs in, so its count moves with this file's signatures only. */
const province = '640000';

/** "ABCDE-FGHJK" in lower case, as someone might type it from a printed certificate. */
const typed = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`.toLowerCase();

describe('verifying a certificate', () => {
  test('a valid code shows the masked name, number and date, however it is typed', async () => {
    const [proof] = await proofs(1);
    const signed = await mustSign({ name: 'Verity Chen', province, city: '640100' }, proof!);
    expect(signed.code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
    const expected = {
      number: signed.number,
      masked: 'V***',
      ageBand: '18plus',
      date: signed.date,
    };
    for (const code of [
      signed.code,
      signed.code.toLowerCase(),
      typed(signed.code),
      ` ${signed.code.slice(0, 5)} ${signed.code.slice(5)} `,
    ]) {
      const reply = await verify(code);
      expect(reply.status, code).toBe(200);
      expect(reply.body, code).toEqual(expected);
    }
    expect(signed.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // the page a certificate's QR code leads to is there
    expect((await call(`/pledge/verify/?code=${signed.code}`)).status).toBe(200);
  });

  test('an unknown or malformed code is 404 pledge_not_found', async () => {
    const codes = [
      'ABCDEFGHJK', // well formed, most likely nobody's
      'ABCDEFGHJ', // too short
      'ABCDEFGHJKM', // too long
      'ABCDEFGHO0', // letters and digits certificates never use
      '',
      "' OR 1=1 --",
      '%',
      '<script>',
      'Ａ'.repeat(10), // full-width letters
    ];
    for (const code of codes) {
      expect(problemOf(await verify(code)), code).toEqual([404, 'pledge_not_found']);
    }
    expect(problemOf(await call('/api/jindu/pledges/verify'))).toEqual([404, 'pledge_not_found']);
  });
});

describe('withdrawing a pledge', () => {
  test('from another browser nothing happens; from the signing browser the pledge goes, the counts go down and the withdrawal is logged without personal data', async () => {
    const [p1, p2] = await proofs(2);
    const [device, otherDevice] = (await devices(2)) as [string, string];
    const signed = await mustSign(
      { name: 'Wendy Wu', ageBand: '14to17', province, city: '640100', device },
      p1!,
    );
    const other = await mustSign({ name: 'Otto', province, device: otherDevice }, p2!);
    const stats = await freshStats();
    const counts = await runningCounts();
    const stored = await storedPledgeCount();

    // another browser, a malformed device id, or this browser with someone else's code
    for (const [what, code, from] of [
      ['another device', signed.code, randomToken()],
      ['a malformed device', signed.code, 'x'],
      ['no device', signed.code, ''],
      ['someone else’s code', other.code, device],
      ['an unknown code', 'ABCDEFGHJK', device],
    ] as const) {
      expect(problemOf(await withdraw(code, from)), what).toEqual([404, 'pledge_not_found']);
    }
    expect(problemOf(await call('/api/jindu/pledges/withdraw', { rawBody: '{' }))).toEqual([
      400,
      'invalid_body',
    ]);
    expect(await freshStats()).toEqual(stats);
    expect(await runningCounts()).toEqual(counts);
    expect((await verify(signed.code)).status).toBe(200);

    // the signing browser, with the code as typed from the certificate
    const withdrawn = await withdraw(typed(signed.code), device);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({
      withdrawn: true,
      counts: { total: expect.any(Number) },
    });

    const after = await freshStats();
    expect(after.total).toBe(stats.total - 1);
    expect(after.today).toBe(stats.today - 1);
    expect(after.latest).not.toContainEqual(
      expect.objectContaining({ masked: 'W***', province, city: '640100' }),
    );
    const countsAfter = await runningCounts();
    expect(countsAfter.get(`province:${province}`)).toBe(counts.get(`province:${province}`)! - 1);
    expect(countsAfter.get('total')).toBe(counts.get('total')! - 1);
    // numbers are never given out again
    expect(countsAfter.get('sequence')).toBe(counts.get('sequence'));
    const region = after.regions.find((r) => r.province === province);
    if (region) expect(region.count).toBe(countsAfter.get(`province:${province}`));
    expect(await storedPledgeCount()).toBe(stored - 1);
    expect(await storedPledges('code = {:code}', { code: signed.code })).toEqual([]);
    expect(problemOf(await verify(signed.code))).toEqual([404, 'pledge_not_found']);
    expect((await verify(other.code)).status).toBe(200);

    const pb = await asSuperuser();
    const logged = await pb
      .collection('pledge_withdrawals')
      .getFullList({ filter: pb.filter('number = {:n}', { n: signed.number }) });
    expect(logged).toHaveLength(1);
    const { collectionId: _, collectionName: __, id, created, ...entry } = logged[0]!;
    expect(id).toBeTruthy();
    expect(created).toBeTruthy();
    expect(entry).toEqual({
      number: signed.number,
      day: signed.date,
      province,
      age_band: '14to17',
    });

    // withdrawing again changes nothing
    expect(problemOf(await withdraw(signed.code, device))).toEqual([404, 'pledge_not_found']);
    expect(await runningCounts()).toEqual(countsAfter);
  });

  test('the same withdrawal sent three times at once lowers the counts once', async () => {
    const [proof] = await proofs(1);
    const device = await newDevice();
    const signed = await mustSign({ name: 'Triple Tap', province, device }, proof!);
    const stats = await freshStats();
    const counts = await runningCounts();

    const replies = await Promise.all([1, 2, 3].map(() => withdraw(signed.code, device)));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 404, 404]);

    expect((await freshStats()).total).toBe(stats.total - 1);
    const after = await runningCounts();
    expect(after.get('total')).toBe(counts.get('total')! - 1);
    expect(after.get(`province:${province}`)).toBe(counts.get(`province:${province}`)! - 1);
    const pb = await asSuperuser();
    const logged = await pb
      .collection('pledge_withdrawals')
      .getFullList({ filter: pb.filter('number = {:n}', { n: signed.number }) });
    expect(logged).toHaveLength(1);
  });
});
