// @ts-check
// The campaign dashboard at campaign scale: seeds BENCH_ATTEMPTS quiz attempts (10 answers
// each) and BENCH_PLEDGES pledges over regions, schools and 60 days straight into SQLite
// (`jindu campaign seed`), rolls them up (`jindu campaign rollup --all`), then measures every
// dashboard query and export, national and for one province: p95 goal ≤ 300 ms. Also measures
// quiz answer throughput before and after seeding, with the server's own background roll-up
// running: goal ≤ 10 % slower. Prints a table, then one line of JSON.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { serverBinary } from '../scripts/lib/paths.mjs';
import { benchServer, expectStatus, percentiles } from './_server.mjs';

const attempts = Number(process.env.BENCH_ATTEMPTS ?? 1_000_000);
const pledges = Number(process.env.BENCH_PLEDGES ?? 400_000);
const answerers = Number(process.env.BENCH_ANSWERERS ?? 200);
const repetitions = Number(process.env.BENCH_REPETITIONS ?? 20);
const quiz = 'test-public';
// the seeder favours the first provinces by code, so 北京 is the busiest
const province = '110000';

const server = await benchServer({ name: 'campaign', sockets: answerers, quizzes: true });
const { send } = server;

/** Runs the server binary on the bench's data folder; resolves with its output. @param {string[]} args */
function jindu(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(serverBinary, [...args, `--dir=${server.dataDir}`]);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) =>
      code === 0 ? resolve(output.trim()) : reject(new Error(`jindu ${args[1]}: ${output}`)),
    );
  });
}

/** An organiser for a region ('' for national), signed in. @param {string} region */
async function organiser(region) {
  const email = `bench-${randomUUID().slice(0, 8)}@jindu.test`;
  const password = 'bench-organiser-1';
  expectStatus(
    await send(
      'POST',
      '/api/collections/organisers/records',
      { email, password, passwordConfirm: password, region },
      server.asSuperuser,
    ),
    [200],
    'organiser',
  );
  const auth = expectStatus(
    await send('POST', '/api/collections/organisers/auth-with-password', {
      identity: email,
      password,
    }),
    [200],
    'organiser sign-in',
  );
  return { authorization: auth.token };
}

/** n participants at once answer a whole quiz flat out; returns answers per second. @param {number} n */
async function answerThroughput(n) {
  const players = await Promise.all(
    Array.from({ length: n }, async () => {
      const headers = {
        'x-participant': expectStatus(
          await send('POST', '/api/jindu/participants', {}),
          [201],
          'participant',
        ).token,
      };
      const state = expectStatus(
        await send('POST', `/api/jindu/quizzes/${quiz}/attempts`, {}, headers),
        [201],
        'start',
      );
      return { headers, attempt: state.id, question: state.current };
    }),
  );
  let answers = 0;
  const started = performance.now();
  await Promise.all(
    players.map(async (player) => {
      while (player.question) {
        const reply = await send(
          'POST',
          `/api/jindu/attempts/${player.attempt}/answers`,
          {
            question: player.question.id,
            choice: player.question.type === 'truefalse' ? true : [0],
            key: randomUUID(),
          },
          player.headers,
        );
        player.question = expectStatus(reply, [200], 'answer').next;
        answers++;
      }
    }),
  );
  return answers / ((performance.now() - started) / 1000);
}

/** p95 of a route over the repetitions, one request at a time. @param {string} route @param {Record<string, string>} headers */
async function timed(route, headers) {
  /** @type {number[]} */
  const latencies = [];
  for (let i = 0; i < repetitions; i++) {
    const reply = await send('GET', route, undefined, headers);
    expectStatus(reply, [200], route);
    latencies.push(reply.ms);
  }
  return percentiles(latencies);
}

try {
  const national = await organiser('');
  const regional = await organiser(province);
  await answerThroughput(20); // warm-up
  const before = await answerThroughput(answerers);
  console.error(`answers/s before seeding: ${before.toFixed(0)}; seeding…`);

  let started = performance.now();
  const seeded = await jindu([
    'campaign',
    'seed',
    `--attempts=${attempts}`,
    `--pledges=${pledges}`,
  ]);
  const seedSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const rolled = await jindu(['campaign', 'rollup', '--all']);
  const rollupSeconds = (performance.now() - started) / 1000;
  const refreshed = await jindu(['campaign', 'rollup']);

  const after = await answerThroughput(answerers);
  console.error(
    `${seeded}\n${rolled}\nanswers/s after seeding: ${after.toFixed(0)}; measuring queries…`,
  );

  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const from = new Date(Date.now() - 59 * 86_400_000).toLocaleDateString('sv-SE', {
    timeZone: 'Asia/Shanghai',
  });
  const period = `from=${from}&to=${today}`;
  const figures = expectStatus(
    await send('GET', `/api/jindu/organiser/figures?${period}`, undefined, national),
    [200],
    'figures',
  );
  /** @type {[string, {p50: number, p95: number}][]} */
  const queries = [];
  queries.push([
    'figures, national',
    await timed(`/api/jindu/organiser/figures?${period}`, national),
  ]);
  queries.push([
    `figures, ${province}`,
    await timed(`/api/jindu/organiser/figures?${period}`, regional),
  ]);
  for (const table of figures.tables) {
    const route = `/api/jindu/organiser/export?${period}&table=${table.id}`;
    queries.push([`csv ${table.id}`, await timed(route, national)]);
  }
  queries.push([
    'question health, national',
    await timed(`/api/jindu/organiser/questions?${period}`, national),
  ]);
  queries.push([
    `question health, ${province}`,
    await timed(`/api/jindu/organiser/questions?${period}`, regional),
  ]);
  queries.push([
    'xlsx, national',
    await timed(`/api/jindu/organiser/export?${period}&format=xlsx`, national),
  ]);

  console.log(`\n${seeded}\n${rolled} (refresh of today and yesterday: ${refreshed})`);
  console.log(
    `\nquiz answers/s with ${answerers} at once: before seeding ${before.toFixed(0)}, after ${after.toFixed(0)} (${(((after - before) / before) * 100).toFixed(1)} %)\n`,
  );
  console.log('query                              p50 ms   p95 ms');
  for (const [name, p] of queries)
    console.log(
      `${name.padEnd(32)} ${p.p50.toFixed(1).padStart(8)} ${p.p95.toFixed(1).padStart(8)}`,
    );
  const round = (/** @type {number} */ value) => Number(value.toFixed(1));
  const worst = Math.max(...queries.map(([, p]) => p.p95));
  console.log(
    JSON.stringify({
      bench: 'campaign',
      attempts,
      answers: attempts * 10,
      pledges,
      seed_s: round(seedSeconds),
      rollup_all_s: round(rollupSeconds),
      answers_per_s_before: round(before),
      answers_per_s_after: round(after),
      answer_slowdown: Number((1 - after / before).toFixed(3)),
      p95_ms: Object.fromEntries(queries.map(([name, p]) => [name, round(p.p95)])),
      worst_p95_ms: round(worst),
      goal_met: worst <= 300 && after >= before * 0.9,
    }),
  );
} finally {
  await server.stop();
}
