// @ts-check
// The e-pledge under load: 1,000 clients sign at once against one real PocketBase (twenty to a
// device token; a tenth of them send their submission twice at the same moment, as a flaky
// network would), then the count is checked against the signatures accepted: exact, no
// duplicates. Baseline, in the same run at the same concurrency: PocketBase's own record create.
// Proofs of work are fetched and solved before the timing starts (the bench lowers the
// difficulty with JINDU_POW_MAX_NUMBER so that solving 1,000 takes seconds, not minutes; the
// difficulty does not touch the timed path). The IP rate limiter is off on this throwaway
// server, since every client is 127.0.0.1. Goal (issue 5): ≥ 50% of raw, none lost or doubled.
import { createHash, randomUUID } from 'node:crypto';
import regions from '../pocketbase/internal/pledge/regions.json' with { type: 'json' };
import { benchServer, expectStatus, percentiles } from './_server.mjs';

const clients = Number(process.env.BENCH_CLIENTS ?? 1000);
const doubled = Math.floor(clients / 10);
process.env.JINDU_POW_MAX_NUMBER = process.env.JINDU_POW_MAX_NUMBER ?? '20000';

const server = await benchServer({ name: 'pledge', sockets: clients + doubled });
const { send, asSuperuser } = server;

/** Solves an ALTCHA v1 challenge the way the browser does, and encodes the payload. */
function solve(/** @type {any} */ c) {
  for (let n = 0; n <= c.maxnumber; n++) {
    if (
      createHash('sha256')
        .update(c.salt + n)
        .digest('hex') === c.challenge
    )
      return Buffer.from(
        JSON.stringify({
          algorithm: c.algorithm,
          challenge: c.challenge,
          number: n,
          salt: c.salt,
          signature: c.signature,
        }),
      ).toString('base64');
  }
  throw new Error('no solution');
}

/**
 * n concurrent requests made by `make`; returns the replies, throughput and latency percentiles.
 * @param {number} n @param {(i: number) => Promise<{ status: number, body: any, ms: number }>} make
 */
async function burst(n, make) {
  const started = performance.now();
  const replies = await Promise.all(Array.from({ length: n }, (_, i) => make(i)));
  const seconds = (performance.now() - started) / 1000;
  return { replies, rps: n / seconds, ...percentiles(replies.map((reply) => reply.ms)) };
}

try {
  // warm-up, both paths
  await burst(50, (i) => server.rawCreate(`warm ${i}`));

  console.log(`› fetching and solving ${clients} proofs of work (not timed)…`);
  // a device token signs up to 20 times an hour: one per 20 signers (a device costs a proof of
  // work four times a signature's, so one each would take most of the preparation time)
  const devices = [];
  for (let i = 0; i < Math.ceil(clients / 20); i++) {
    const challenge = expectStatus(
      await send('GET', '/api/jindu/pledges/challenge?for=device'),
      [200],
      'device challenge',
    );
    devices.push(solve(challenge));
  }
  await new Promise((resolve) => setTimeout(resolve, 1100)); // proofs must be a second old
  for (const [i, proof] of devices.entries())
    devices[i] = expectStatus(
      await send('POST', '/api/jindu/pledges/devices', { proof }),
      [201],
      'device',
    ).device;
  /** @type {Record<string, string>[]} */
  const bodies = [];
  for (let i = 0; i < clients; i++) {
    const challenge = expectStatus(
      await send('GET', '/api/jindu/pledges/challenge'),
      [200],
      'challenge',
    );
    bodies.push({
      ageBand: i % 3 === 0 ? 'under14' : '18plus',
      initial: '张',
      province: i % 3 === 0 ? '' : (regions.provinces[i % regions.provinces.length]?.code ?? ''),
      city: '',
      school: '',
      nameHash: createHash('sha256').update(`name ${i}`).digest('hex'),
      device: devices[Math.floor(i / 20)] ?? '',
      key: randomUUID(),
      proof: solve(challenge),
      website: '',
    });
  }
  await new Promise((resolve) => setTimeout(resolve, 1100)); // proofs must be a second old

  const raw = await burst(clients, (i) => server.rawCreate(`client ${i}`));
  const signing = await burst(clients + doubled, (i) =>
    send('POST', '/api/jindu/pledges', bodies[i < clients ? i : i - clients]),
  );
  for (const reply of signing.replies) expectStatus(reply, [200, 201], 'sign');

  const accepted = signing.replies.filter((reply) => reply.status === 201).length;
  const numbers = new Set(signing.replies.map((reply) => reply.body.number));
  await new Promise((resolve) => setTimeout(resolve, 1100)); // the stats cache lives a second
  const stats = expectStatus(await send('GET', '/api/jindu/pledges/stats'), [200], 'stats');
  const stored = expectStatus(
    await send('GET', '/api/collections/pledges/records?perPage=1', undefined, asSuperuser),
    [200],
    'stored pledges',
  ).totalItems;
  const exact =
    accepted === clients &&
    numbers.size === clients &&
    stats.total === clients &&
    stored === clients;

  const ms = (/** @type {number} */ value) => value.toFixed(1).padStart(7);
  console.log(`\n${clients} signers at once (${doubled} of them sending twice), loopback\n`);
  console.log('                        req/s    p50 ms  p99 ms');
  console.log(`raw record create  ${raw.rps.toFixed(0).padStart(9)} ${ms(raw.p50)} ${ms(raw.p99)}`);
  console.log(
    `pledge             ${signing.rps.toFixed(0).padStart(9)} ${ms(signing.p50)} ${ms(signing.p99)}   ${((signing.rps / raw.rps) * 100).toFixed(0)}% of raw`,
  );
  console.log(
    `\naccepted ${accepted}, distinct numbers ${numbers.size}, live count ${stats.total}, stored ${stored}: ${exact ? 'exact, none lost or doubled' : 'MISMATCH'}`,
  );
  const round = (/** @type {number} */ value) => Number(value.toFixed(2));
  console.log(
    JSON.stringify({
      bench: 'pledge',
      clients,
      doubled,
      raw_create_rps: round(raw.rps),
      raw_p50_ms: round(raw.p50),
      raw_p99_ms: round(raw.p99),
      pledge_rps: round(signing.rps),
      pledge_share_of_raw: round(signing.rps / raw.rps),
      pledge_p50_ms: round(signing.p50),
      pledge_p99_ms: round(signing.p99),
      accepted,
      distinct_numbers: numbers.size,
      live_count: stats.total,
      stored,
      exact,
    }),
  );
  if (!exact) process.exitCode = 1;
} finally {
  await server.stop();
}
