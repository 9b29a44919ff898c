import { setTimeout as sleep } from 'node:timers/promises';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, test, vi, inject } from 'vitest';
import { liveTopic } from '../../src/lib/pledge/client';
import {
  freshStats,
  installEventSource,
  mustSign,
  pledgeSuite,
  proofs,
  sign,
  type PledgeStats,
} from '../support/pledgeApi';

pledgeSuite();

/** A pushed message and when it arrived. */
interface Pushed {
  stats: PledgeStats;
  at: number;
}

// Node 24 has no EventSource without a flag: the SDK gets a minimal one built on fetch
installEventSource();
const pb = new PocketBase(inject('baseURL'));
const pushed: Pushed[] = [];
let unsubscribe: () => Promise<void>;

beforeAll(async () => {
  // subscribed as the pledge page does (src/lib/pledge/client.ts watchStats), as a guest
  unsubscribe = await pb.realtime.subscribe(liveTopic, (stats: PledgeStats) => {
    pushed.push({ stats, at: Date.now() });
  });
});

afterAll(async () => {
  await unsubscribe?.();
  pb.realtime.unsubscribe();
});

describe('the live count', () => {
  test('a signature is pushed to subscribers within about a second, with the new total and the new name on the wall', async () => {
    const [proof] = await proofs(1);
    const before = await freshStats();
    const seen = pushed.length;
    const signedAt = Date.now();
    const signed = await mustSign({ name: 'Live Lu', province: '650000' }, proof!);

    const message = await vi.waitFor(
      () => {
        const found = pushed.slice(seen).find((p) => p.stats.total === before.total + 1);
        if (!found) throw new Error('no message with the new total yet');
        return found;
      },
      { timeout: 3_000, interval: 50 },
    );
    expect(message.at - signedAt).toBeLessThan(3_000);
    expect(message.stats.today).toBe(before.today + 1);
    expect(message.stats.latest[0]).toEqual({
      masked: 'L***',
      province: '650000',
      date: signed.date,
    });
    // what is pushed is what the stats route says
    expect(await freshStats()).toEqual(message.stats);
  });

  test('twenty signatures at once are pushed as at most one message a second, ending at the exact total; nothing is pushed when nothing changes', async () => {
    const ready = await proofs(20);
    const before = await freshStats();
    const seen = pushed.length;
    const started = Date.now();
    const replies = await Promise.all(ready.map((proof, i) => sign({ name: `Burst ${i}` }, proof)));
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(201));

    await vi.waitFor(
      () => {
        if (pushed.at(-1)?.stats.total !== before.total + 20) throw new Error('not there yet');
      },
      { timeout: 3_000, interval: 50 },
    );
    const burst = pushed.slice(seen);
    const window = Date.now() - started;
    expect(burst.length).toBeGreaterThanOrEqual(1);
    expect(burst.length).toBeLessThanOrEqual(Math.ceil(window / 1_000) + 1);
    for (let i = 1; i < burst.length; i++) {
      expect(burst[i]!.at - burst[i - 1]!.at).toBeGreaterThan(250);
      expect(burst[i]!.stats.total).toBeGreaterThanOrEqual(burst[i - 1]!.stats.total);
    }

    // once settled (a last tick may still repeat the total), nothing is pushed while nothing changes
    await sleep(1_500);
    expect(pushed.slice(seen).at(-1)!.stats.total).toBe(before.total + 20);
    const settled = pushed.length;
    await sleep(2_500);
    expect(pushed.length).toBe(settled);
  });
});
