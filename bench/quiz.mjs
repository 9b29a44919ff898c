// @ts-check
// The quiz engine under load: N concurrent participants each run start → answer every question
// but the last → finish (hand in, the last question skipped) against one real PocketBase, for
// N = 50, 200 and 1000: the finish is a real one, as when a school is told to hand in. Baseline, measured in
// the same run at the same concurrency: PocketBase's own record create (POST
// /api/collections/…/records on an open collection), the cheapest write it offers. Each
// participant's answers are sequential, as a person's are; the N participants run at once.
// Prints answer throughput as a share of raw create throughput, and p50/p99 latencies.
// Goals (issue 4): answers ≥ 50% of raw create throughput; answer p99 ≤ 50 ms at 200.
// Two loads: flat out (every participant answers the moment the last reply arrives, which
// measures throughput; latency is then queueing, about N ÷ throughput) and paced like people
// (starting within one second, then 1–3 s to read and answer each question, which measures
// the latency a class sees).
// The IP rate limiter is switched off on this throwaway server: every simulated participant
// shares 127.0.0.1, which the limiter (sized for one school) would otherwise throttle.
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { benchServer, expectStatus, percentiles } from './_server.mjs';

const levels = (process.env.BENCH_CONCURRENCY ?? '50,200,1000').split(',').map(Number);
const quiz = process.env.BENCH_QUIZ ?? 'test-public';
const thinkMs = Number(process.env.BENCH_THINK_MS ?? 2000);

const server = await benchServer({ name: 'quiz', sockets: Math.max(...levels), quizzes: true });
const { send } = server;

/**
 * Raw creates: n clients, each making `perClient` records one after another.
 * @param {number} n @param {number} perClient
 */
async function rawCreates(n, perClient) {
  /** @type {number[]} */
  const latencies = [];
  const cpuBefore = await server.cpuNs();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: n }, async (_, client) => {
      for (let i = 0; i < perClient; i++) {
        const reply = await server.rawCreate(`client ${client} record ${i}`);
        expectStatus(reply, [200], 'raw create');
        latencies.push(reply.ms);
      }
    }),
  );
  return {
    rps: latencies.length / ((performance.now() - started) / 1000),
    cpuUs: ((await server.cpuNs()) - cpuBefore) / latencies.length / 1000,
    ...percentiles(latencies),
  };
}

/** A random answer that fits the question. */
function anyChoice(/** @type {any} */ question) {
  if (question.type === 'truefalse') return Math.random() < 0.5;
  return [Math.floor(Math.random() * question.options.length)];
}

/**
 * n participants at once, phase by phase (all start, then all answer, then all finish), so
 * each phase's throughput is its own. Participants are made beforehand, outside the timing.
 * @param {number} n @param {number} [thinkMs] time each participant takes per question
 */
async function participantsRun(n, thinkMs = 0) {
  const players = await Promise.all(
    Array.from({ length: n }, async () => ({
      headers: {
        'x-participant': expectStatus(
          await send('POST', '/api/jindu/participants', { locale: 'zh-cn' }),
          [201],
          'participant',
        ).token,
      },
      attempt: '',
      question: /** @type {any} */ (null),
      /** Questions left to answer before handing in. */
      left: 0,
    })),
  );
  /** Runs one step for every player at once; returns latencies and requests per second. */
  async function phase(/** @type {(player: typeof players[number]) => Promise<number[]>} */ step) {
    const cpuBefore = await server.cpuNs();
    const started = performance.now();
    const latencies = (await Promise.all(players.map(step))).flat();
    return {
      rps: latencies.length / ((performance.now() - started) / 1000),
      cpuUs: ((await server.cpuNs()) - cpuBefore) / latencies.length / 1000,
      ...percentiles(latencies),
    };
  }
  const start = await phase(async (player) => {
    // paced, a school presses 开始 within the same second (issue 17); flat out, all at once
    if (thinkMs) await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000));
    const reply = await send(
      'POST',
      `/api/jindu/quizzes/${quiz}/attempts`,
      { locale: 'zh-cn' },
      player.headers,
    );
    const state = expectStatus(reply, [201], 'start');
    player.attempt = state.id;
    player.question = state.current;
    player.left = state.count - 1;
    return [reply.ms];
  });
  let answers = 0;
  const answer = await phase(async (player) => {
    const latencies = [];
    while (player.question && player.left > 0) {
      if (thinkMs)
        await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
      const reply = await send(
        'POST',
        `/api/jindu/attempts/${player.attempt}/answers`,
        { question: player.question.id, choice: anyChoice(player.question), key: randomUUID() },
        player.headers,
      );
      latencies.push(reply.ms);
      player.question = expectStatus(reply, [200], 'answer').next;
      player.left--;
      answers++;
    }
    return latencies;
  });
  const finish = await phase(async (player) => {
    const reply = await send(
      'POST',
      `/api/jindu/attempts/${player.attempt}/finish`,
      undefined,
      player.headers,
    );
    const state = expectStatus(reply, [200], 'finish');
    if (state.status !== 'finished' || state.answered.length !== state.count)
      throw new Error(
        `finish left the attempt ${state.status} with ${state.answered.length} answers`,
      );
    return [reply.ms];
  });
  return { answers, start, answer, finish };
}

try {
  await rawCreates(20, 20); // warm-up
  await participantsRun(20);
  const results = [];
  for (const n of levels) {
    const quizRun = await participantsRun(n);
    const raw = await rawCreates(n, Math.max(1, Math.round(quizRun.answers / n)));
    const paced = await participantsRun(n, thinkMs);
    results.push({ n, raw, quiz: quizRun, paced });
  }

  const ms = (/** @type {number} */ value) => value.toFixed(1).padStart(7);
  console.log(
    `\nquiz "${quiz}"; each participant: start → answer each question but the last → finish (hand in)\n`,
  );
  console.log(
    '    N │ raw create/s    p50    p99 │ answers/s share    p50    p99 │ start/s    p50    p99 │ finish/s    p50    p99',
  );
  for (const { n, raw, quiz: q } of results) {
    console.log(
      `${String(n).padStart(5)} │ ${raw.rps.toFixed(0).padStart(12)}${ms(raw.p50)}${ms(raw.p99)} │ ${q.answer.rps.toFixed(0).padStart(9)} ${((q.answer.rps / raw.rps) * 100).toFixed(0).padStart(4)}%${ms(q.answer.p50)}${ms(q.answer.p99)} │ ${q.start.rps.toFixed(0).padStart(7)}${ms(q.start.p50)}${ms(q.start.p99)} │ ${q.finish.rps.toFixed(0).padStart(8)}${ms(q.finish.p50)}${ms(q.finish.p99)}`,
    );
  }
  console.log(
    `\npaced: everyone starts within one second, then takes ${thinkMs / 2000}–${(thinkMs * 1.5) / 1000} s per question\n`,
  );
  console.log('    N │ answers/s    p50    p99 │ start p50    p99 │ finish p50    p99');
  for (const { n, paced } of results) {
    console.log(
      `${String(n).padStart(5)} │ ${paced.answer.rps.toFixed(0).padStart(9)}${ms(paced.answer.p50)}${ms(paced.answer.p99)} │ ${ms(paced.start.p50).padStart(9)}${ms(paced.start.p99)} │ ${ms(paced.finish.p50).padStart(10)}${ms(paced.finish.p99)}`,
    );
  }
  console.log(
    `\nserver CPU per request (flat out; robust to other load on the machine; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)\n`,
  );
  console.log('    N │ raw create µs │ start µs  ×raw │ answer µs  ×raw │ finish µs  ×raw');
  for (const { n, raw, quiz: q } of results) {
    const cell = (/** @type {number} */ us, /** @type {number} */ width) =>
      `${us.toFixed(0).padStart(width)} ${(us / raw.cpuUs).toFixed(2).padStart(5)}`;
    console.log(
      `${String(n).padStart(5)} │ ${raw.cpuUs.toFixed(0).padStart(13)} │ ${cell(q.start.cpuUs, 8)} │ ${cell(q.answer.cpuUs, 9)} │ ${cell(q.finish.cpuUs, 9)}`,
    );
  }
  const round = (/** @type {number} */ value) => Number(value.toFixed(2));
  console.log(
    JSON.stringify({
      bench: 'quiz',
      quiz,
      think_ms: thinkMs,
      results: results.map(({ n, raw, quiz: q, paced }) => ({
        concurrency: n,
        raw_create_rps: round(raw.rps),
        raw_cpu_us: round(raw.cpuUs),
        start_cpu_us: round(q.start.cpuUs),
        answer_cpu_us: round(q.answer.cpuUs),
        finish_cpu_us: round(q.finish.cpuUs),
        raw_p50_ms: round(raw.p50),
        raw_p99_ms: round(raw.p99),
        answer_rps: round(q.answer.rps),
        answer_share_of_raw: round(q.answer.rps / raw.rps),
        answer_p50_ms: round(q.answer.p50),
        answer_p99_ms: round(q.answer.p99),
        start_rps: round(q.start.rps),
        start_p50_ms: round(q.start.p50),
        start_p99_ms: round(q.start.p99),
        finish_rps: round(q.finish.rps),
        finish_p50_ms: round(q.finish.p50),
        finish_p99_ms: round(q.finish.p99),
        paced_answer_p50_ms: round(paced.answer.p50),
        paced_answer_p99_ms: round(paced.answer.p99),
        paced_start_p99_ms: round(paced.start.p99),
        paced_finish_p99_ms: round(paced.finish.p99),
      })),
    }),
  );
} finally {
  await server.stop();
}
