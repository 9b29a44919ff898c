import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { extractParams, solveChallenge } from 'altcha-lib/v1';
import { describe, expect, test } from 'vitest';
import {
  fetchChallenge,
  mustSign,
  pledgeState,
  pledgeSuite,
  pledgesWithKeys,
  postSignature,
  problemOf,
  proofMinAgeMs,
  proofPayload,
  proofs,
  sign,
  signBody,
  solve,
  solvedChallenges,
  type SignBody,
  type Solved,
  newDevice,
} from '../support/pledgeApi';

pledgeSuite();

/** A solution payload with some of its fields changed. */
function tampered(solved: Solved, change: Record<string, unknown>): string {
  const { challenge, number } = solved;
  const solution = {
    algorithm: challenge.algorithm,
    challenge: challenge.challenge,
    number,
    salt: challenge.salt,
    signature: challenge.signature,
  };
  return btoa(JSON.stringify({ ...solution, ...change }));
}

describe('a signature needs a valid proof of work', () => {
  test('missing, malformed, forged or mismatched proofs are refused with pledge_proof_invalid and store nothing', async () => {
    const [a, b] = await solvedChallenges(2);
    const before = await pledgeState();

    // a challenge the test made itself, solved, but signed with a key that is not the server's
    const salt = `${randomBytes(12).toString('hex')}?action=pledge&expires=${Math.floor(Date.now() / 1000) + 600}&issued=${Date.now() - 5_000}&`;
    const selfMade = createHash('sha256').update(`${salt}7`).digest('hex');
    const selfSigned = btoa(
      JSON.stringify({
        algorithm: 'SHA-256',
        challenge: selfMade,
        number: 7,
        salt,
        signature: createHash('sha256').update(`not the key${selfMade}`).digest('hex'),
      }),
    );
    const proofsToRefuse: [string, string][] = [
      ['no proof', ''],
      ['not base64', '%%% not base64 %%%'],
      ['base64 of garbage', btoa('garbage')],
      ['an empty solution', btoa('{}')],
      ['a wrong number', tampered(a!, { number: (a!.number + 1) % (a!.challenge.maxnumber + 1) })],
      ['a negative number', tampered(a!, { number: -1 })],
      ['a number as text', tampered(a!, { number: String(a!.number) })],
      ['another challenge’s number', tampered(a!, { number: b!.number })],
      ['another challenge’s salt', tampered(a!, { salt: b!.challenge.salt })],
      ['another challenge’s signature', tampered(a!, { signature: b!.challenge.signature })],
      ['a signature of zeros', tampered(a!, { signature: '0'.repeat(64) })],
      ['another algorithm', tampered(a!, { algorithm: 'SHA-1' })],
      ['a self-made challenge', selfSigned],
    ];
    const keys: string[] = [];
    for (const [what, proof] of proofsToRefuse) {
      const body = await signBody({ name: 'Mallory' }, proof);
      keys.push(body.key);
      expect(problemOf(await postSignature(body)), what).toEqual([400, 'pledge_proof_invalid']);
    }

    expect(await pledgesWithKeys(keys)).toEqual([]);
    expect(await pledgeState()).toEqual(before);
    // the genuine solutions were never spent by the refused attempts
    expect((await sign({ name: 'Alice' }, a!.payload)).status).toBe(201);
    expect((await sign({ name: 'Bob' }, b!.payload)).status).toBe(201);
  });

  test('a proof used within a second of its challenge is refused, and accepted once the second has passed', async () => {
    // a challenge fetched and solved well within the second, or this would test nothing
    let received = 0;
    let tooSoon: SignBody | undefined;
    const device = await newDevice();
    for (let tries = 0; tries < 5 && !tooSoon; tries++) {
      const asked = Date.now();
      const challenge = await fetchChallenge();
      received = Date.now();
      const body = await signBody(
        { name: 'Speedy', device },
        proofPayload(challenge, solve(challenge)),
      );
      if (Date.now() - asked < 700) tooSoon = body;
    }
    if (!tooSoon) throw new Error('could not fetch and solve a challenge within 0.7 s');
    expect(problemOf(await postSignature(tooSoon))).toEqual([400, 'pledge_proof_invalid']);
    expect(await pledgesWithKeys([tooSoon.key])).toEqual([]);

    await sleep(Math.max(0, received + proofMinAgeMs - Date.now()));
    expect((await postSignature(tooSoon)).status).toBe(201);
    expect(await pledgesWithKeys([tooSoon.key])).toHaveLength(1);
  });

  test('a proof is accepted once: another signer re-using it is refused, and of five racing with it one wins', async () => {
    const [first, raced] = await proofs(2);
    const used = await mustSign({ name: '王小明' }, first!);

    const before = await pledgeState();
    const reuse = await signBody({ name: 'Eve' }, first!);
    expect(problemOf(await postSignature(reuse))).toEqual([400, 'pledge_proof_invalid']);
    expect(await pledgesWithKeys([reuse.key])).toEqual([]);
    expect(await pledgeState()).toEqual(before);

    // five different people (keys, devices, names) sending the same solved proof at once
    const bodies = await Promise.all(
      ['Ann', 'Ben', 'Cai', 'Dan', 'Eli'].map((name) => signBody({ name }, raced!)),
    );
    const replies = await Promise.all(bodies.map(postSignature));
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(replies.filter((r) => r.status !== 201).map(problemOf)).toEqual(
      Array(4).fill([400, 'pledge_proof_invalid']),
    );
    expect(await pledgesWithKeys(bodies.map((body) => body.key))).toHaveLength(1);
    expect(used.number).toBeLessThan(replies.find((r) => r.status === 201)!.body.number);
  });

  test('the honeypot field refuses a signature with pledge_refused and stores nothing', async () => {
    const [proof] = await proofs(1);
    const before = await pledgeState();
    const keys: string[] = [];
    for (const website of ['https://spam.example', ' ', '0']) {
      const body = await signBody({ name: 'Botty', website }, proof!);
      keys.push(body.key);
      expect(problemOf(await postSignature(body)), JSON.stringify(website)).toEqual([
        400,
        'pledge_refused',
      ]);
    }
    expect(await pledgesWithKeys(keys)).toEqual([]);
    expect(await pledgeState()).toEqual(before);
  });
});

describe('the browser’s solver and the server agree', () => {
  test('a challenge solved by altcha-lib/v1 (what the pledge page runs) signs a pledge', async () => {
    const challenge = await fetchChallenge();
    const issued = Date.now();
    // the salt carries the action and an expiry about ten minutes away, as ALTCHA's params
    const params = extractParams(proofPayload(challenge, 0));
    expect(params['action']).toBe('pledge');
    const expires = Number(params['expires']) * 1000;
    expect(expires - issued).toBeGreaterThan(9 * 60_000);
    expect(expires - issued).toBeLessThanOrEqual(10 * 60_000 + 1_000);

    const { promise } = solveChallenge(
      challenge.challenge,
      challenge.salt,
      challenge.algorithm,
      challenge.maxnumber,
    );
    const solution = await promise;
    expect(solution).not.toBeNull();
    expect(solution!.number).toBe(solve(challenge));

    await sleep(Math.max(0, issued + proofMinAgeMs - Date.now()));
    const reply = await sign({ name: 'Lin Altcha' }, proofPayload(challenge, solution!.number));
    expect(reply.status).toBe(201);
  });
});
