import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  plainSignature,
  proofMinAgeMs,
  proofPayload,
  randomToken,
  solve,
  type Challenge,
} from '../support/pledgeApi';
import { startTestServer } from '../support/server';

/**
 * The pledge attacks of issue 13. One pupil sent 1,199 unsolved signatures in under a second and
 * every classmate behind the school's address got 429 for ten minutes; a device id the client
 * picked limited nothing; and any website could make its visitors sign. This file floods its own
 * server, so the flood cannot touch the limits other test files share.
 */

let base = '';
let stop: () => Promise<void> = async () => {};
beforeAll(async () => {
  const server = await startTestServer();
  base = server.url;
  stop = server.stop;
}, 60_000);
afterAll(() => stop());

interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

async function send<T = Record<string, unknown>>(
  path: string,
  init: { body?: unknown; headers?: Record<string, string>; method?: string; on?: string } = {},
): Promise<Reply<T>> {
  const response = await fetch(`${init.on ?? base}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
}

/** Solved challenges for signatures or device tokens, ready to use. */
async function solved(purpose: 'pledge' | 'device', count: number): Promise<string[]> {
  const query = purpose === 'device' ? '?for=device' : '';
  const challenges = await Promise.all(
    Array.from(
      { length: count },
      async () => (await send<Challenge>(`/api/jindu/pledges/challenge${query}`)).body,
    ),
  );
  const arrived = Date.now();
  const payloads = challenges.map((c) => proofPayload(c, solve(c)));
  await sleep(Math.max(0, arrived + proofMinAgeMs - Date.now()));
  return payloads;
}

async function newDevice(): Promise<string> {
  const [proof] = await solved('device', 1);
  const reply = await send<{ device: string }>('/api/jindu/pledges/devices', { body: { proof } });
  expect(reply.status).toBe(201);
  return reply.body.device;
}

function signature(device: string, proof: string) {
  return plainSignature(device, randomToken(), proof);
}

describe('one pupil cannot block a school', () => {
  test('1,199 unsolved signatures cost nothing: the classmate behind the same address still signs', async () => {
    const pupil = await newDevice();
    const flood: Promise<Reply>[] = [];
    const began = Date.now();
    for (let i = 0; i < 1_199; i++)
      flood.push(send('/api/jindu/pledges', { body: signature(pupil, 'not-a-proof') }));
    const replies = await Promise.all(flood);
    expect(Date.now() - began).toBeLessThan(10_000);
    expect(new Set(replies.map((r) => `${r.status} ${r.body.code}`))).toEqual(
      new Set(['400 pledge_proof_invalid']),
    );

    // one solved proof sent thirty times at once counts once, and signs once
    const [reused] = await solved('pledge', 1);
    const copies = await Promise.all(
      Array.from({ length: 30 }, () =>
        send('/api/jindu/pledges', { body: signature(pupil, reused!) }),
      ),
    );
    expect(copies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(copies.filter((r) => r.status === 429)).toEqual([]);

    const classmate = await newDevice();
    const [proof] = await solved('pledge', 1);
    const signed = await send('/api/jindu/pledges', { body: signature(classmate, proof!) });
    expect(signed.status).toBe(201);
  });

  test('a device is a token the server signs for a solved device challenge, and cannot be made up', async () => {
    const [proof] = await solved('pledge', 1);
    const madeUp = await send('/api/jindu/pledges', {
      body: signature(randomUUID().replaceAll('-', ''), proof!),
    });
    expect([madeUp.status, madeUp.body.code]).toEqual([400, 'pledge_device_invalid']);
    const forged = await send('/api/jindu/pledges', {
      body: signature(
        `${randomUUID().replaceAll('-', '')}.0123456789abcdef0123456789abcdef`,
        proof!,
      ),
    });
    expect([forged.status, forged.body.code]).toEqual([400, 'pledge_device_invalid']);

    // a device costs a device challenge: a signature's proof, a made-up one or a spent one won't do
    const [signatureProof] = await solved('pledge', 1);
    const [deviceProof] = await solved('device', 1);
    for (const bad of [signatureProof, 'nope', ''])
      expect((await send('/api/jindu/pledges/devices', { body: { proof: bad } })).body.code).toBe(
        'pledge_proof_invalid',
      );
    expect(
      (await send('/api/jindu/pledges/devices', { body: { proof: deviceProof } })).status,
    ).toBe(201);
    const again = await send('/api/jindu/pledges/devices', { body: { proof: deviceProof } });
    expect([again.status, again.body.code]).toEqual([400, 'pledge_proof_invalid']);
  });
});

describe('only the site itself may call the API from a browser', () => {
  const evil = { origin: 'https://evil.example' };

  test("another website's page cannot sign, and cannot read the API's replies", async () => {
    const device = await newDevice();
    const [proof] = await solved('pledge', 1);
    const before = (await send<{ total: number }>('/api/jindu/pledges/stats')).body.total;

    const preflight = await send('/api/jindu/pledges', {
      method: 'OPTIONS',
      headers: { ...evil, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();

    const signed = await send('/api/jindu/pledges', {
      body: signature(device, proof!),
      headers: evil,
    });
    expect([signed.status, signed.body.code]).toEqual([403, 'origin_not_allowed']);
    const read = await send('/api/jindu/pledges/stats', { headers: evil });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    expect((await send<{ total: number }>('/api/jindu/pledges/stats')).body.total).toBe(before);

    // the site's own pages (same origin) sign as usual
    const own = await send('/api/jindu/pledges', {
      body: signature(device, proof!),
      headers: { origin: base },
    });
    expect(own.status).toBe(201);
  });

  test('the shared test server answers its own origin too', async () => {
    const shared = inject('baseURL');
    const reply = await send('/api/jindu/pledges/stats', {
      on: shared,
      headers: { origin: shared },
    });
    expect(reply.status).toBe(200);
  });
});
