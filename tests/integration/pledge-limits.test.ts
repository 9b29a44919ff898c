import { describe, expect, test } from 'vitest';
import {
  freshStats,
  pledgeSuite,
  pledgesWithKeys,
  problemOf,
  proofs,
  sign,
  signBody,
  postSignature,
  newDevice,
} from '../support/pledgeApi';

pledgeSuite();

describe('soft limits', () => {
  test('a browser may sign 20 times an hour; more are refused with 429 pledge_rate_limited while other browsers still sign', async () => {
    const ready = await proofs(24);
    const device = await newDevice();
    const before = await freshStats();

    // a family (or a class) on one phone: twenty different names
    for (let i = 0; i < 20; i++) {
      const reply = await sign({ name: `Family ${i}`, device }, ready[i]!);
      expect(reply.status, `signature ${i + 1}`).toBe(201);
    }
    const extra = await Promise.all(
      [20, 21].map((i) => signBody({ name: `Family ${i}`, device }, ready[i]!)),
    );
    for (const body of extra) {
      expect(problemOf(await postSignature(body))).toEqual([429, 'pledge_rate_limited']);
    }
    expect(await pledgesWithKeys(extra.map((body) => body.key))).toEqual([]);

    // other browsers on the same address are not held up
    for (const i of [22, 23]) {
      expect((await sign({ name: `Neighbour ${i}` }, ready[i]!)).status).toBe(201);
    }
    expect((await freshStats()).total).toBe(before.total + 22);
  });
});
