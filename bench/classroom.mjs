// @ts-check
// The live classroom under load: one session of 200 players, then 10 sessions of 50 at once,
// against one real PocketBase. Each player joins by code, opens an SSE connection to
// /api/realtime the way the JS SDK does (GET gives PB_CONNECT with the client id, then POST
// the subscription to classroom/{sessionId}), and answers each question 0.3–3 s after it
// arrives. Each session's teacher (signed up through the teachers collection) opens 5 questions
// with POST /sessions/{id}/next, one second after the last answer closed the previous one.
// Measured: from the teacher's "next" being sent to each player holding that question's
// message (every player × question), and answer-submit latency. Baselines, in the same run with
// the same number of SSE clients: PocketBase's own realtime fan-out (a record create on an open
// collection, from the request being sent to each subscriber holding the create event) and a
// GET /api/health round trip. Goal (issue 7): delivery p95 ≤ 250 ms to 200 players.
// Each player holds two sockets (SSE and keep-alive HTTP) on each side: 10 × 50 needs about
// 1,100 open files in this process and in PocketBase, which inherits this shell's limit (a
// script cannot raise its child's `ulimit -n`; run `ulimit -n 4096` first if it is 1024).
// Joins are limited per address; each session's players send their own X-Real-IP, as a class
// behind one school router would, and PocketBase is told to trust that header.
import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { benchServer, expectStatus, percentiles } from './_server.mjs';

const questions = Number(process.env.BENCH_QUESTIONS ?? 5);
const loads = [
  { sessions: 1, players: 200 },
  { sessions: 10, players: 50 },
];
process.env.JINDU_TRUSTED_PROXY_HEADER = 'X-Real-IP';

const server = await benchServer({ name: 'classroom', sockets: 600, quizzes: true });
const { send, asSuperuser } = server;
const classroom = '/api/jindu/classroom';

/**
 * An SSE client on /api/realtime subscribed to `topics`; `onEvent` gets each event's name, data
 * and arrival time. Resolves once the subscription is in place.
 * @param {string[]} topics @param {(name: string, data: string, at: number) => void} onEvent
 * @returns {Promise<{ close: () => void }>}
 */
function subscribe(topics, onEvent) {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/api/realtime`, { agent: false }, (response) => {
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (/** @type {string} */ chunk) => {
        const at = performance.now();
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const fields = Object.fromEntries(
            buffer
              .slice(0, end)
              .split('\n')
              .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
          );
          const { event = '', data = '' } = fields;
          buffer = buffer.slice(end + 2);
          if (event !== 'PB_CONNECT') {
            onEvent(event, data, at);
            continue;
          }
          const { clientId } = JSON.parse(data);
          send('POST', '/api/realtime', { clientId, subscriptions: topics }).then((reply) => {
            expectStatus(reply, [204], 'realtime subscription');
            resolve({ close: () => req.destroy() });
          }, reject);
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Signs up a teacher and signs them in; returns the headers for the classroom routes. */
async function newTeacher(/** @type {number} */ n) {
  const email = `bench-${n}-${Date.now()}@school.test`;
  const password = 'teacher-password-1';
  const account = { email, password, passwordConfirm: password, name: `Teacher ${n}` };
  expectStatus(await send('POST', '/api/collections/teachers/records', account), [200], 'sign-up');
  const auth = await send('POST', '/api/collections/teachers/auth-with-password', {
    identity: email,
    password,
  });
  return { authorization: expectStatus(auth, [200], 'sign-in').token };
}

/** A random answer that fits the question. */
function anyChoice(/** @type {any} */ question) {
  if (question.type === 'truefalse') return Math.random() < 0.5;
  return [Math.floor(Math.random() * question.options.length)];
}

/**
 * One class: a teacher, a session on `ids`, `size` players joined and subscribed. `play()` runs
 * the questions and returns the delivery and answer latencies.
 * @param {number} n @param {number} size @param {string[]} ids
 */
async function newClass(n, size, ids) {
  const teacher = await newTeacher(n);
  const created = await send(
    'POST',
    `${classroom}/sessions`,
    { questions: ids, locale: 'zh-cn' },
    teacher,
  );
  const session = expectStatus(created, [201], 'new session');
  const address = { 'x-real-ip': `10.0.${Math.floor(n / 250)}.${(n % 250) + 1}` };
  /** @type {number[]} */
  const sentAt = [];
  /** @type {number[]} */
  const delivery = [];
  /** @type {number[]} */
  const answers = [];
  /** @type {number[]} */
  const nextReplies = [];
  let answered = 0;
  let failed = 0;
  const players = await Promise.all(
    Array.from({ length: size }, async (_, i) => {
      const reply = await send(
        'POST',
        `${classroom}/join`,
        { code: session.code, nickname: `P${i}` },
        address,
      );
      const player = expectStatus(reply, [201], 'join');
      const headers = { 'x-player-token': player.token, ...address };
      const seen = new Set();
      const sse = await subscribe([`classroom/${session.sessionId}`], (_, data, at) => {
        const view = JSON.parse(data);
        if (view.phase !== 'question' || seen.has(view.index)) return;
        seen.add(view.index);
        delivery.push(at - (sentAt[view.index] ?? at));
        setTimeout(
          async () => {
            const body = {
              index: view.index,
              choice: anyChoice(view.question),
              requestKey: `${i}-${view.index}`,
            };
            const reply = await send(
              'POST',
              `${classroom}/play/${session.sessionId}/answer`,
              body,
              headers,
            );
            answers.push(reply.ms);
            if (reply.status !== 200) failed++;
            answered++;
          },
          300 + Math.random() * 2700,
        );
      });
      return sse;
    }),
  );
  return {
    async play() {
      for (let q = 0; q < questions; q++) {
        sentAt[q] = performance.now();
        const next = await send(
          'POST',
          `${classroom}/sessions/${session.sessionId}/next`,
          undefined,
          teacher,
        );
        expectStatus(next, [200], 'next');
        nextReplies.push(next.ms);
        const deadline = performance.now() + 30_000;
        while (answered < size * (q + 1) && performance.now() < deadline) await sleep(20);
        await sleep(1000); // the room looks at the answer and the leaderboard
      }
      expectStatus(
        await send('POST', `${classroom}/sessions/${session.sessionId}/end`, undefined, teacher),
        [200],
        'end',
      );
      players.forEach((sse) => sse.close());
      return {
        delivery,
        answers,
        nextReplies,
        missing: size * questions - delivery.length,
        failed,
      };
    },
  };
}

let sessionsMade = 0;

/** Runs `sessions` classes of `size` players at once. */
async function live(
  /** @type {number} */ sessions,
  /** @type {number} */ size,
  /** @type {string[]} */ ids,
) {
  const classes = [];
  for (let n = 0; n < sessions; n++) classes.push(await newClass(sessionsMade++, size, ids));
  const runs = await Promise.all(classes.map((c) => c.play()));
  return {
    delivery: percentiles(runs.flatMap((r) => r.delivery)),
    deliveries: runs.reduce((sum, r) => sum + r.delivery.length, 0),
    answer: percentiles(runs.flatMap((r) => r.answers)),
    next: percentiles(runs.flatMap((r) => r.nextReplies)),
    missing: runs.reduce((sum, r) => sum + r.missing, 0),
    failed: runs.reduce((sum, r) => sum + r.failed, 0),
  };
}

/** PocketBase's own fan-out: `n` subscribers to an open collection, `rounds` record creates. */
async function recordFanOut(/** @type {number} */ n, /** @type {number} */ rounds) {
  /** @type {number[]} */
  const delivery = [];
  let sentAt = 0;
  const clients = await Promise.all(
    Array.from({ length: n }, () =>
      subscribe(['bench_records'], (name, _, at) => {
        if (name === 'bench_records') delivery.push(at - sentAt);
      }),
    ),
  );
  for (let round = 0; round < rounds; round++) {
    sentAt = performance.now();
    expectStatus(await server.rawCreate(`fan-out ${round}`), [200], 'record create');
    await sleep(1000);
  }
  clients.forEach((sse) => sse.close());
  return {
    ...percentiles(delivery),
    deliveries: delivery.length,
    missing: n * rounds - delivery.length,
  };
}

try {
  const open = { listRule: '', viewRule: '' };
  expectStatus(
    await send('PATCH', '/api/collections/bench_records', open, asSuperuser),
    [200],
    'open baseline',
  );
  const bank = expectStatus(
    await send('GET', `${classroom}/bank?locale=zh-cn`, undefined, await newTeacher(-1)),
    [200],
    'bank',
  );
  const ids = bank.questions
    .filter((/** @type {any} */ q) => q.type === 'single' || q.type === 'truefalse')
    .slice(0, questions)
    .map((/** @type {any} */ q) => q.id);
  if (ids.length < questions) throw new Error(`the bank has only ${ids.length} usable questions`);

  await live(1, 20, ids); // warm-up
  const healthTimes = [];
  for (let i = 0; i < 200; i++) healthTimes.push((await send('GET', '/api/health')).ms);
  const rows = [];
  for (const { sessions, players } of loads) {
    const baseline = await recordFanOut(sessions * players, questions);
    const run = await live(sessions, players, ids);
    rows.push({ sessions, players, baseline, run });
  }
  const ping = percentiles(healthTimes);

  const ms = (/** @type {number} */ value) => value.toFixed(1).padStart(7);
  console.log(
    `\nlive classroom: ${questions} questions; each player answers 0.3–3 s after the question arrives\n`,
  );
  console.log(
    'load             │ delivery: next sent → player has the question │ next reply     │ answer submit  │ baseline: record create → subscribers',
  );
  console.log(
    '                 │     n     p50     p95     max  missing        │    p50    p95  │    p50    p99  │     n     p50     p95     max',
  );
  for (const { sessions, players, baseline, run } of rows) {
    console.log(
      `${`${sessions} × ${players} players`.padEnd(16)} │ ${String(run.deliveries).padStart(5)}${ms(run.delivery.p50)}${ms(run.delivery.p95)}${ms(run.delivery.max)}${String(run.missing).padStart(9)}        │${ms(run.next.p50)}${ms(run.next.p95)}  │${ms(run.answer.p50)}${ms(run.answer.p99)}  │ ${String(baseline.deliveries).padStart(5)}${ms(baseline.p50)}${ms(baseline.p95)}${ms(baseline.max)}`,
    );
    if (run.failed) console.log(`  ${run.failed} answers were refused`);
  }
  console.log(
    `\nbaseline: GET /api/health round trip p50 ${ping.p50.toFixed(1)} ms, p99 ${ping.p99.toFixed(1)} ms`,
  );
  const first = rows[0]?.run.delivery.p95 ?? Infinity;
  console.log(
    `goal: delivery p95 ≤ 250 ms to 200 players: ${first <= 250 ? 'met' : 'missed'} (${first.toFixed(1)} ms)\n`,
  );
  const round = (/** @type {number} */ value) => Number(value.toFixed(2));
  console.log(
    JSON.stringify({
      bench: 'classroom',
      questions,
      health_p50_ms: round(ping.p50),
      health_p99_ms: round(ping.p99),
      results: rows.map(({ sessions, players, baseline, run }) => ({
        sessions,
        players_per_session: players,
        delivery_p50_ms: round(run.delivery.p50),
        delivery_p95_ms: round(run.delivery.p95),
        delivery_max_ms: round(run.delivery.max),
        deliveries_missing: run.missing,
        next_reply_p50_ms: round(run.next.p50),
        next_reply_p95_ms: round(run.next.p95),
        answer_p50_ms: round(run.answer.p50),
        answer_p99_ms: round(run.answer.p99),
        answers_refused: run.failed,
        record_fanout_p50_ms: round(baseline.p50),
        record_fanout_p95_ms: round(baseline.p95),
        record_fanout_max_ms: round(baseline.max),
      })),
    }),
  );
} finally {
  await server.stop();
}
