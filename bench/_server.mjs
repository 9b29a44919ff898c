// @ts-check
// What the API benchmarks share: a throwaway PocketBase on a temp data dir with a superuser,
// the IP rate limiter off (every simulated client is 127.0.0.1, which the limiter, sized for
// one school, would throttle) and an open `bench_records` collection for the raw-create
// baseline; a keep-alive JSON client; percentiles.
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureServer } from '../scripts/lib/build.mjs';
import { processCpuNs } from './_cpu.mjs';
import {
  freePort,
  migrate,
  startServer,
  syncQuizzes,
  upsertSuperuser,
} from '../scripts/lib/pocketbase.mjs';

/** @typedef {{ status: number, body: any, ms: number }} Reply */

const admin = { email: 'bench@jindu.test', password: 'bench-password-123' };

/**
 * A throwaway data dir for a benchmark's server (the server built first if need be): migrated,
 * with the superuser `admin`, and with the quizzes synced when asked.
 * @param {string} name @param {{ email: string, password: string }} admin @param {boolean} quizzes
 */
export async function freshDataDir(name, admin, quizzes) {
  await ensureServer();
  const dataDir = await mkdtemp(path.join(tmpdir(), `jindu-bench-${name}-`));
  await migrate(dataDir);
  await upsertSuperuser(dataDir, admin.email, admin.password);
  if (quizzes) await syncQuizzes(dataDir, { quiet: true });
  return dataDir;
}

/**
 * Starts the server for a benchmark, serving the built site or `publicDir`.
 * @param {{ name: string, sockets: number, quizzes?: boolean, publicDir?: string }} options
 */
export async function benchServer({ name, sockets, quizzes = false, publicDir }) {
  const dataDir = await freshDataDir(name, admin, quizzes);
  const server = await startServer({
    dataDir,
    http: `127.0.0.1:${await freePort()}`,
    quiet: true,
    ...(publicDir ? { publicDir } : {}),
  });
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });

  /**
   * One JSON request; resolves with the status, the parsed body and the latency in ms.
   * @param {string} method @param {string} route @param {unknown} [body] @param {Record<string, string>} [headers]
   * @returns {Promise<Reply>}
   */
  function send(method, route, body, headers = {}) {
    const payload = body === undefined ? '' : JSON.stringify(body);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(
        `${server.url}${route}`,
        { method, agent, headers: { 'content-type': 'application/json', ...headers } },
        (response) => {
          const chunks = /** @type {Buffer[]} */ ([]);
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            resolve({
              status: response.statusCode ?? 0,
              body: text.startsWith('{') ? JSON.parse(text) : text,
              ms: performance.now() - started,
            });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  const token = expectStatus(
    await send('POST', '/api/collections/_superusers/auth-with-password', {
      identity: admin.email,
      password: admin.password,
    }),
    [200],
    'superuser login',
  ).token;
  const asSuperuser = { authorization: token };
  const settings = expectStatus(
    await send('GET', '/api/settings', undefined, asSuperuser),
    [200],
    'settings',
  );
  expectStatus(
    await send(
      'PATCH',
      '/api/settings',
      { rateLimits: { ...settings.rateLimits, enabled: false } },
      asSuperuser,
    ),
    [200],
    'turn the rate limiter off',
  );
  expectStatus(
    await send(
      'POST',
      '/api/collections',
      {
        name: 'bench_records',
        type: 'base',
        createRule: '',
        fields: [{ name: 'note', type: 'text' }],
      },
      asSuperuser,
    ),
    [200],
    'baseline collection',
  );

  return {
    url: server.url,
    /** CPU time the server has used so far, in ns. */
    cpuNs: () => processCpuNs(server.child.pid),
    dataDir,
    send,
    asSuperuser,
    /** PocketBase's own record create: the cheapest write it offers, the baseline. */
    rawCreate: (/** @type {string} */ note) =>
      send('POST', '/api/collections/bench_records/records', { note }),
    async stop() {
      agent.destroy();
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The body of a reply with one of the wanted statuses, or an error saying what came back.
 * @param {{ status: number, body: any }} reply @param {number[]} want @param {string} what
 */
export function expectStatus(reply, want, what) {
  if (!want.includes(reply.status))
    throw new Error(`${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

/** p50, p95, p99 and the maximum of a list of latencies. @param {number[]} values */
export function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (/** @type {number} */ p) => sorted[Math.floor((sorted.length - 1) * p)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}
