import { hash, randomUUID } from 'node:crypto';
import { open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll } from 'vitest';
import { asSuperuser } from './signIn';

export { asSuperuser };
import { proofPayload, type Challenge } from '../../src/lib/pledge/proof';
import { initialOf, nameHash } from '../../src/lib/pledge/signer';
import type {
  AgeBand,
  Certificate,
  PledgeStats,
  Verified,
  Withdrawal,
} from '../../src/lib/pledge/types';
import { baseURL, request, type Reply } from './api';

/**
 * A small typed client for the e-pledge's routes (/api/jindu/pledges/…), for the integration
 * tests: proofs of work solved in Node as ALTCHA v1 does, signatures built as the browser builds
 * them (src/lib/pledge/client.ts), fresh stats, the stored rows as an organiser reads them, a
 * lock that keeps pledge test files from signing at the same time (the counts are global), and
 * a minimal EventSource so the `pocketbase` SDK can subscribe to the live count in Node.
 */

export type { AgeBand, Certificate, PledgeStats, Verified };

export { problemOf, type Problem, type Reply } from './api';

export interface CallOptions {
  method?: string;
  /** A superuser's token, sent in the Authorization header. */
  token?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, e.g. malformed JSON. */
  rawBody?: string;
}

/** The text of every reply this test file has received, to search for leaks. */
export const seenReplies: string[] = [];

/** When the last write (any POST) was answered, or this file's turn to sign began. */
let lastWrite = Date.now();

/**
 * Calls the test server, remembering the reply's text (for the leak search) and when the
 * last write was answered.
 * @example await call<Verified>(`/api/jindu/pledges/verify?code=${code}`)
 */
export async function call<T = unknown>(
  path: string,
  options: CallOptions = {},
): Promise<Reply<T>> {
  const { token, ...rest } = options;
  const reply = await request<T>(path, { ...rest, headers: token ? { authorization: token } : {} });
  seenReplies.push(reply.text);
  if (options.body !== undefined || options.rawBody !== undefined) lastWrite = Date.now();
  return reply;
}

// ---------------------------------------------------------------------------------------------
// Proof of work (the payload is built as the browser builds it, by src/lib/pledge/proof.ts)

export { proofPayload, type Challenge };

/** A solved challenge: the challenge, the number found and the payload the server checks. */
export interface Solved {
  challenge: Challenge;
  number: number;
  payload: string;
}

/** How long after a challenge is issued the server first accepts it (powMinAge), plus margin. */
export const proofMinAgeMs = 1_100;

export async function fetchChallenge(purpose: 'pledge' | 'device' = 'pledge'): Promise<Challenge> {
  const query = purpose === 'device' ? '?for=device' : '';
  const reply = await call<Challenge>(`/api/jindu/pledges/challenge${query}`);
  if (reply.status !== 200) throw new Error(`challenge: ${reply.status} ${reply.text}`);
  return reply.body;
}

/** Finds n in [0, maxnumber] with sha256(salt + n) == challenge, as ALTCHA v1 does. */
export function solve(challenge: Challenge): number {
  for (let n = 0; n <= challenge.maxnumber; n++) {
    if (hash('sha256', challenge.salt + n) === challenge.challenge) return n;
  }
  throw new Error(`challenge ${challenge.challenge} has no solution up to ${challenge.maxnumber}`);
}

/**
 * Fetches and solves `count` challenges, and resolves once all of them are old enough to be
 * accepted (the server refuses a proof used within a second of its challenge).
 */
export async function solvedChallenges(count: number): Promise<Solved[]> {
  const challenges = await Promise.all(Array.from({ length: count }, fetchChallenge));
  const arrived = Date.now();
  const solved = challenges.map((challenge) => {
    const number = solve(challenge);
    return { challenge, number, payload: proofPayload(challenge, number) };
  });
  await sleep(Math.max(0, arrived + proofMinAgeMs - Date.now()));
  return solved;
}

/** `count` proof payloads, ready to use. */
export async function proofs(count: number): Promise<string[]> {
  return (await solvedChallenges(count)).map((s) => s.payload);
}

/**
 * `count` device tokens, got as a browser gets its own: a device challenge (four times a
 * signature's work) solved and handed in to POST /api/jindu/pledges/devices.
 */
export async function devices(count: number): Promise<string[]> {
  const challenges = await Promise.all(
    Array.from({ length: count }, () => fetchChallenge('device')),
  );
  const arrived = Date.now();
  const payloads = challenges.map((challenge) => proofPayload(challenge, solve(challenge)));
  await sleep(Math.max(0, arrived + proofMinAgeMs - Date.now()));
  return Promise.all(
    payloads.map(async (proof) => {
      const reply = await call<{ device: string }>('/api/jindu/pledges/devices', {
        body: { proof },
      });
      if (reply.status !== 201) throw new Error(`device: ${reply.status} ${reply.text}`);
      return reply.body.device;
    }),
  );
}

/** One device token (see devices). */
export async function newDevice(): Promise<string> {
  return (await devices(1))[0]!;
}

// ---------------------------------------------------------------------------------------------
// Signing

/** The body of POST /api/jindu/pledges. */
export interface SignBody {
  ageBand: string;
  initial: string;
  province: string;
  city: string;
  school: string;
  nameHash: string;
  device: string;
  key: string;
  proof: string;
  website: string;
}

/** The barest adult signature: an initial and nothing optional, with the device, key and proof given. */
export function plainSignature(device: string, key: string, proof: string): SignBody {
  return {
    ageBand: '18plus',
    initial: '李',
    province: '',
    city: '',
    school: '',
    nameHash: '',
    device,
    key,
    proof,
    website: '',
  };
}

/** Someone signing, as the form holds it; a fresh device token and key when left out. */
export interface Signer {
  name: string;
  ageBand?: AgeBand;
  province?: string;
  city?: string;
  school?: string;
  device?: string;
  key?: string;
  website?: string;
}

/** A random id like the browser's request keys (32 hex characters). */
export function randomToken(): string {
  return randomUUID().replaceAll('-', '');
}

/**
 * The body the browser sends for a signer (src/lib/pledge/client.ts `sign`): the name's first
 * character and hash only, and nothing but the age band under 14.
 */
export async function signBody(signer: Signer, proof: string): Promise<SignBody> {
  const ageBand = signer.ageBand ?? '18plus';
  const under14 = ageBand === 'under14';
  return {
    ageBand,
    initial: under14 ? '' : initialOf(signer.name),
    province: under14 ? '' : (signer.province ?? ''),
    city: under14 ? '' : (signer.city ?? ''),
    school: under14 ? '' : (signer.school ?? ''),
    nameHash: await nameHash(signer.name),
    device: signer.device ?? (await newDevice()),
    key: signer.key ?? randomToken(),
    proof,
    website: signer.website ?? '',
  };
}

/** Posts a signature body as it is. */
export function postSignature(body: unknown): Promise<Reply<Certificate>> {
  return call<Certificate>('/api/jindu/pledges', { body });
}

/** Signs as the browser would, with a ready proof. */
export async function sign(signer: Signer, proof: string): Promise<Reply<Certificate>> {
  return postSignature(await signBody(signer, proof));
}

/** Signs and fails the test unless a new pledge was stored (201). */
export async function mustSign(signer: Signer, proof: string): Promise<Certificate> {
  const reply = await sign(signer, proof);
  if (reply.status !== 201) throw new Error(`signing: ${reply.status} ${reply.text}`);
  return reply.body;
}

export function verify(code: string): Promise<Reply<Verified>> {
  return call<Verified>(`/api/jindu/pledges/verify?code=${encodeURIComponent(code)}`);
}

export function withdraw(code: string, device: string): Promise<Reply<Withdrawal>> {
  return call<Withdrawal>('/api/jindu/pledges/withdraw', { body: { code, device } });
}

/** How long the server keeps computed stats (statsCache, one second), plus margin. */
const statsCacheMs = 1_050;

/**
 * The public stats as they stand after every write so far: the server keeps computed stats for
 * up to a second, so this waits until a second has passed since the last write.
 */
export async function freshStats(): Promise<PledgeStats> {
  await sleep(Math.max(0, lastWrite + statsCacheMs - Date.now()));
  const reply = await call<PledgeStats>('/api/jindu/pledges/stats');
  if (reply.status !== 200) throw new Error(`stats: ${reply.status} ${reply.text}`);
  return reply.body;
}

// ---------------------------------------------------------------------------------------------
// What is stored, read as an organiser

/** A row of the `pledges` collection. */
export interface PledgeRow {
  id: string;
  number: number;
  code: string;
  age_band: string;
  masked: string;
  province: string;
  city: string;
  school: string;
  day: string;
  device_hash: string;
  dedupe_hash: string;
  request_key: string;
  created: string;
}

/** The stored pledges matching a filter (PocketBase filter syntax, values bound safely). */
export async function storedPledges(
  filter: string,
  params: Record<string, unknown> = {},
): Promise<PledgeRow[]> {
  const pb = await asSuperuser();
  return pb.collection('pledges').getFullList<PledgeRow>({ filter: pb.filter(filter, params) });
}

/** The stored pledges made with these request keys. */
export async function pledgesWithKeys(keys: string[]): Promise<PledgeRow[]> {
  if (keys.length === 0) return [];
  const params = Object.fromEntries(keys.map((key, i) => [`k${i}`, key]));
  return storedPledges(keys.map((_, i) => `request_key = {:k${i}}`).join(' || '), params);
}

/** How many pledges are stored in all. */
export async function storedPledgeCount(): Promise<number> {
  const pb = await asSuperuser();
  return (await pb.collection('pledges').getList(1, 1)).totalItems;
}

/** The running counts (`pledge_counts`): "total", "sequence", "day:…", "province:…". */
export async function runningCounts(): Promise<Map<string, number>> {
  const pb = await asSuperuser();
  const rows = await pb.collection('pledge_counts').getFullList<{ key: string; count: number }>();
  return new Map(rows.map((row) => [row.key, row.count]));
}

/**
 * What a refused request must leave as it was: the public stats (counts, regions, the wall),
 * the running counts (the sequence of numbers included) and how many pledges are stored.
 */
export async function pledgeState() {
  const stats = await freshStats();
  const [counts, stored] = await Promise.all([runningCounts(), storedPledgeCount()]);
  return { stats, counts: Object.fromEntries(counts), stored };
}

// ---------------------------------------------------------------------------------------------
// One pledge test file at a time

/**
 * Makes this test file the only pledge test file signing while it runs. Every integration test
 * file shares one server, and the counts it checks (the total, today's) are global: another file
 * signing meanwhile would move them. Call at the top of every pledge test file. The lock is a
 * file in the temp dir, named after the server's port; a lock left by a dead process is taken over.
 */
export function pledgeSuite() {
  let release: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    release = await acquireLock();
    // stats cached before the previous file's last writes may still be served for a second
    lastWrite = Date.now();
  }, 600_000);
  afterAll(async () => {
    await release?.();
  });
}

async function acquireLock(): Promise<() => Promise<void>> {
  const file = path.join(tmpdir(), `jindu-pledge-tests-${new URL(baseURL()).port}.lock`);
  const mine = `${process.pid} ${randomUUID()}`;
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(mine);
      await handle.close();
      return async () => {
        if ((await readFile(file, 'utf8').catch(() => '')) === mine)
          await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(file, 'utf8').catch(() => '')).split(' ')[0]);
      if (holder > 0 && !isAlive(holder)) await rm(file, { force: true });
      else await sleep(100);
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// ---------------------------------------------------------------------------------------------
// Realtime

/**
 * Just enough of the browser's EventSource for the `pocketbase` SDK's realtime client (Node 24
 * has none without a flag): a streamed GET read with fetch, parsed as server-sent events and
 * dispatched as MessageEvents (named events, `data`, `lastEventId`); `close()` ends it.
 */
export class FetchEventSource extends EventTarget {
  onerror: ((event: Event) => void) | null = null;
  readyState = 0;
  readonly url: string;
  readonly #abort = new AbortController();

  constructor(url: string | URL) {
    super();
    this.url = String(url);
    void this.#read();
  }

  close() {
    this.readyState = 2;
    this.#abort.abort();
  }

  async #read() {
    try {
      const response = await fetch(this.url, {
        headers: { accept: 'text/event-stream' },
        signal: this.#abort.signal,
      });
      if (!response.ok || !response.body) throw new Error(`realtime: ${response.status}`);
      this.readyState = 1;
      const decoder = new TextDecoder();
      let buffer = '';
      let id = '';
      let name = '';
      let data: string[] = [];
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true });
        for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
          const line = buffer.slice(0, end).replace(/\r$/, '');
          buffer = buffer.slice(end + 1);
          if (line === '') {
            if (data.length > 0) {
              const init = { data: data.join('\n'), lastEventId: id };
              this.dispatchEvent(new MessageEvent(name || 'message', init));
            }
            name = '';
            data = [];
            continue;
          }
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'id') id = value;
          else if (field === 'event') name = value;
          else if (field === 'data') data.push(value);
        }
      }
    } catch {
      // aborted by close(), or the connection failed
    }
    if (this.readyState !== 2) {
      this.readyState = 2;
      const event = new Event('error');
      this.onerror?.(event);
      this.dispatchEvent(event);
    }
  }
}

/** Lets the `pocketbase` SDK's realtime client run in Node. */
export function installEventSource() {
  const scope = globalThis as { EventSource?: unknown };
  scope.EventSource ??= FetchEventSource;
}
