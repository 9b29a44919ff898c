// @ts-check
// Crash check (issue 13): pledges signed and quiz answers given under load, the server killed
// with SIGKILL in the middle, restarted on the same data, then every acknowledged write must be
// there exactly once, the running counts must equal the rows, the retried unacknowledged writes
// must land once each, and SQLite's integrity check must pass. Last line: JSON with `lost` and
// `duplicated` (both 0 when all is well).
import { createHash, randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { freePort, startServer } from '../scripts/lib/pocketbase.mjs';
import { freshDataDir } from './_server.mjs';

const signers = Number(process.env.BENCH_SIGNERS ?? 400);
const players = Number(process.env.BENCH_PLAYERS ?? 100);
const killAfterMs = Number(process.env.BENCH_KILL_AFTER_MS ?? 1500);
const env = { JINDU_POW_MAX_NUMBER: '2000' };
const admin = { email: 'crash@jindu.test', password: 'crash-password-123' };

const dataDir = await freshDataDir('crash', admin, true);
const http = `127.0.0.1:${await freePort()}`;
const url = `http://${http}`;
let server = await startServer({ dataDir, http, quiet: true, env });

/**
 * One JSON request; resolves with status and body, or with status 0 when the connection fails
 * (the server was killed under it): that write was never acknowledged.
 * @param {string} method @param {string} route @param {unknown} [body] @param {Record<string, string>} [headers]
 * @returns {Promise<{ status: number, body: any }>}
 */
async function send(method, route, body, headers = {}) {
  try {
    const response = await fetch(`${url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : text };
  } catch {
    return { status: 0, body: null };
  }
}

/** Solves an ALTCHA v1 challenge as the browser does. @param {any} c */
function solve(c) {
  for (let n = 0; n <= c.maxnumber; n++)
    if (
      createHash('sha256')
        .update(c.salt + n)
        .digest('hex') === c.challenge
    )
      return btoa(JSON.stringify({ ...c, number: n, maxnumber: undefined }));
  throw new Error('no solution');
}

/** Proofs of work for `count` signatures or device tokens, a second old. @param {number} count @param {string} query */
async function proofs(count, query = '') {
  const out = [];
  for (let i = 0; i < count; i++)
    out.push(solve((await send('GET', `/api/jindu/pledges/challenge${query}`)).body));
  await new Promise((resolve) => setTimeout(resolve, 1100));
  return out;
}

const login = await send('POST', '/api/collections/_superusers/auth-with-password', {
  identity: admin.email,
  password: admin.password,
});
const asAdmin = { authorization: login.body.token };
const settings = (await send('GET', '/api/settings', undefined, asAdmin)).body;
// every simulated client is 127.0.0.1: PocketBase's per-IP limiter (sized for a school) is off
await send(
  'PATCH',
  '/api/settings',
  { rateLimits: { ...settings.rateLimits, enabled: false } },
  asAdmin,
);

console.log(`› preparing ${signers} signatures and ${players} players (not timed)…`);
// a device signs up to 20 times an hour: one device per 20 signers
/** @type {string[]} */
const devices = [];
for (const proof of await proofs(Math.ceil(signers / 20), '?for=device'))
  devices.push((await send('POST', '/api/jindu/pledges/devices', { proof })).body.device);
const signatures = (await proofs(signers)).map((proof, i) => ({
  ageBand: i % 4 === 0 ? 'under14' : '18plus',
  initial: '陈',
  province: i % 4 === 0 ? '' : ['110000', '310000', '440000', '510000'][i % 4],
  city: '',
  school: '',
  nameHash: createHash('sha256').update(`crash ${i}`).digest('hex'),
  device: devices[Math.floor(i / 20)],
  key: randomUUID().replaceAll('-', ''),
  proof,
  website: '',
}));
/** @type {{ token: string, attempt: string, current: any, keys: string[] }[]} */
const playing = [];
for (let i = 0; i < players; i++) {
  const who = (await send('POST', '/api/jindu/participants', { locale: 'en' })).body;
  const started = await send(
    'POST',
    '/api/jindu/quizzes/test-junior/attempts',
    { locale: 'en' },
    {
      'x-participant': who.token,
    },
  );
  playing.push({
    token: who.token,
    attempt: started.body.id,
    current: started.body.current,
    keys: [],
  });
}

/** Acknowledged writes (2xx replies) and the ones the kill cut off. */
const pledged = { acked: /** @type {any[]} */ ([]), cut: /** @type {any[]} */ ([]) };
const answered = { acked: /** @type {any[]} */ ([]), cut: /** @type {any[]} */ ([]) };

async function signAll() {
  await Promise.all(
    signatures.map(async (body, i) => {
      await new Promise((resolve) => setTimeout(resolve, (i / signers) * killAfterMs * 1.5));
      const reply = await send('POST', '/api/jindu/pledges', body);
      (reply.status === 201 || reply.status === 200 ? pledged.acked : pledged.cut).push({
        body,
        reply,
      });
    }),
  );
}

async function playAll() {
  await Promise.all(
    playing.map(async (player) => {
      while (player.current) {
        const question = player.current;
        const input = {
          question: question.id,
          choice: question.type === 'truefalse' ? true : [0],
          key: randomUUID(),
          locale: 'en',
        };
        const reply = await send('POST', `/api/jindu/attempts/${player.attempt}/answers`, input, {
          'x-participant': player.token,
        });
        if (reply.status !== 200) {
          answered.cut.push({ player, input });
          return;
        }
        answered.acked.push({ player, input, index: question.index });
        player.current = reply.body.next;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
      }
    }),
  );
}

console.log(`› load, then SIGKILL after ${killAfterMs} ms…`);
const load = Promise.all([signAll(), playAll()]);
await new Promise((resolve) => setTimeout(resolve, killAfterMs));
const killed = server.kill();
await load;
await killed;
console.log(
  `  acknowledged before the kill: ${pledged.acked.length} pledges, ${answered.acked.length} answers; cut off: ${pledged.cut.length} pledges, ${answered.cut.length} answers`,
);

server = await startServer({ dataDir, http, quiet: true, env });
// the unacknowledged writes are retried, as the browser would, with the same keys
const retriedPledges = await Promise.all(
  pledged.cut.map(({ body }) => send('POST', '/api/jindu/pledges', body)),
);
const retriedAnswers = await Promise.all(
  answered.cut.map(({ player, input }) =>
    send('POST', `/api/jindu/attempts/${player.attempt}/answers`, input, {
      'x-participant': player.token,
    }),
  ),
);
await server.stop();

const db = new DatabaseSync(path.join(dataDir, 'data.db'), { readOnly: true });
const count = (/** @type {string} */ sql, /** @type {any[]} */ ...params) =>
  Number(/** @type {any} */ (db.prepare(sql).get(...params)).n);
let lost = 0;
let duplicated = 0;
for (const { body } of [...pledged.acked, ...pledged.cut]) {
  const n = count('SELECT COUNT(*) AS n FROM pledges WHERE request_key = ?', body.key);
  if (n === 0) lost++;
  if (n > 1) duplicated += n - 1;
}
for (const { player, input } of [...answered.acked, ...answered.cut]) {
  const n = count(
    'SELECT COUNT(*) AS n FROM attempt_answers WHERE attempt = ? AND request_key = ?',
    player.attempt,
    input.key,
  );
  if (n === 0) lost++;
  if (n > 1) duplicated += n - 1;
}
duplicated += count(
  'SELECT COUNT(*) AS n FROM (SELECT number FROM pledges GROUP BY number HAVING COUNT(*) > 1)',
);
duplicated += count(
  'SELECT COUNT(*) AS n FROM (SELECT attempt, position FROM attempt_answers GROUP BY attempt, position HAVING COUNT(*) > 1)',
);

/** Running counts that disagree with the rows they count. */
const mismatched = [];
const counter = (/** @type {string} */ key) =>
  count('SELECT COALESCE(MAX(count), 0) AS n FROM pledge_counts WHERE key = ?', key);
const rows = count('SELECT COUNT(*) AS n FROM pledges');
if (counter('total') !== rows) mismatched.push(`total ${counter('total')} ≠ ${rows} rows`);
for (const { day } of /** @type {any[]} */ (db.prepare('SELECT DISTINCT day FROM pledges').all()))
  if (counter(`day:${day}`) !== count('SELECT COUNT(*) AS n FROM pledges WHERE day = ?', day))
    mismatched.push(`day ${day}`);
for (const { province } of /** @type {any[]} */ (
  db.prepare("SELECT DISTINCT province FROM pledges WHERE province != ''").all()
))
  if (
    counter(`province:${province}`) !==
    count('SELECT COUNT(*) AS n FROM pledges WHERE province = ?', province)
  )
    mismatched.push(`province ${province}`);
// each attempt's score and position agree with its stored answers
for (const { id, current, score } of /** @type {any[]} */ (
  db.prepare("SELECT id, current, score FROM attempts WHERE quiz = 'test-junior'").all()
)) {
  const sums = /** @type {any} */ (
    db
      .prepare(
        'SELECT COUNT(*) AS n, COALESCE(SUM(points), 0) AS points FROM attempt_answers WHERE attempt = ?',
      )
      .get(id)
  );
  if (Number(sums.n) !== Number(current) || Number(sums.points) !== Number(score))
    mismatched.push(
      `attempt ${id}: ${sums.n} answers for position ${current}, ${sums.points} points for score ${score}`,
    );
}
const integrity = /** @type {any} */ (db.prepare('PRAGMA integrity_check').get()).integrity_check;
db.close();
await rm(dataDir, { recursive: true, force: true });

const refusedRetries = [...retriedPledges, ...retriedAnswers].filter(
  (reply) => reply.status < 200 || reply.status >= 300,
).length;
console.log(`
  acknowledged writes      ${pledged.acked.length} pledges, ${answered.acked.length} answers
  cut off by the kill      ${pledged.cut.length} pledges, ${answered.cut.length} answers (retried after the restart: ${refusedRetries} refused)
  lost                     ${lost}
  duplicated               ${duplicated}
  counts ≠ rows            ${mismatched.length ? mismatched.join('; ') : 'none'}
  integrity_check          ${integrity}
`);
console.log(
  JSON.stringify({
    bench: 'crash',
    pledges: { acknowledged: pledged.acked.length, cut: pledged.cut.length },
    answers: { acknowledged: answered.acked.length, cut: answered.cut.length },
    refusedRetries,
    lost,
    duplicated,
    countMismatches: mismatched.length,
    integrity,
  }),
);
process.exit(
  lost || duplicated || mismatched.length || integrity !== 'ok' || refusedRetries ? 1 : 0,
);
