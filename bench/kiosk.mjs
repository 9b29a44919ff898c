// @ts-check
// Booth kiosks flushing their offline queues at once (issue 15): BENCH_KIOSKS kiosks (20), each
// with BENCH_ACTIONS visitor actions made offline (500: quiz rounds, spot plays and pledges),
// flush together in batches of 50 while normal quiz traffic runs against the same server.
// Every kiosk also sends one batch twice at once and its first batch again afterwards (a reply
// lost mid-flush), so dedupe is exercised under load. Prints items/s next to PocketBase's raw
// record create measured in the same run, the flush time, and a last JSON line whose `lost`
// and `duplicated` must both be 0.
import { randomBytes, randomUUID } from 'node:crypto';
import { benchServer, expectStatus, percentiles } from './_server.mjs';

const kioskCount = Number(process.env.BENCH_KIOSKS ?? 20);
const actionsPerKiosk = Number(process.env.BENCH_ACTIONS ?? 500);
const batchSize = 50;
const quizPlayers = 20;

const server = await benchServer({ name: 'kiosk', sockets: 128, quizzes: true });
const { send, asSuperuser } = server;

const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const code = () => [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');

/** One kiosk's offline queue: a third each of quiz rounds, spot plays and pledges. */
function offlineActions(/** @type {number} */ count) {
  return Array.from({ length: count }, (_, i) => {
    const key = randomBytes(16).toString('base64url');
    const at = Date.now() - (count - i) * 1000;
    if (i % 3 === 0)
      return {
        key,
        kind: 'quiz',
        at,
        data: {
          quiz: 'kiosk-quick',
          locale: 'zh-cn',
          answers: [0, 1, 2, 3].map((n) => ({
            question: `q-${n}`,
            choice: [n % 2],
            correct: n % 2 === 0,
            ms: 4000,
          })),
        },
      };
    if (i % 3 === 1)
      return {
        key,
        kind: 'spot',
        at,
        data: { model: 'vape-pod', picked: 'vape-pod', correct: true },
      };
    return {
      key,
      kind: 'pledge',
      at,
      data: { ageBand: '18plus', initial: 'L', province: '', city: '', code: code() },
    };
  });
}

/** Registers and pairs a kiosk; returns its id and token. */
async function pairKiosk(/** @type {number} */ n) {
  const created = expectStatus(
    await send('POST', '/api/jindu/kiosks', { name: `Bench booth ${n}`, pin: '2468' }, asSuperuser),
    [201],
    'create kiosk',
  );
  const paired = expectStatus(
    await send('POST', '/api/jindu/kiosks/pair', { code: created.pairingCode }),
    [200],
    'pair',
  );
  return { id: created.id, token: paired.token, items: offlineActions(actionsPerKiosk) };
}

async function rawCreates(/** @type {number} */ total, /** @type {number} */ clients) {
  const started = performance.now();
  const latencies = /** @type {number[]} */ ([]);
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = client; i < total; i += clients) {
        const reply = await server.rawCreate(`raw ${i}`);
        expectStatus(reply, [200], 'raw create');
        latencies.push(reply.ms);
      }
    }),
  );
  return { rps: total / ((performance.now() - started) / 1000), ...percentiles(latencies) };
}

/** Participants playing the kiosk quiz online until `stop` says so; returns answers sent. */
async function quizTraffic(/** @type {{ stop: boolean }} */ signal) {
  let answers = 0;
  await Promise.all(
    Array.from({ length: quizPlayers }, async () => {
      const headers = {
        'x-participant': expectStatus(
          await send('POST', '/api/jindu/participants', { locale: 'zh-cn' }),
          [201],
          'participant',
        ).token,
      };
      while (!signal.stop) {
        const state = expectStatus(
          await send(
            'POST',
            '/api/jindu/quizzes/test-public/attempts',
            { locale: 'zh-cn' },
            headers,
          ),
          [201],
          'start',
        );
        let question = state.current;
        while (question && !signal.stop) {
          const choice = question.type === 'truefalse' ? true : [0];
          const reply = await send(
            'POST',
            `/api/jindu/attempts/${state.id}/answers`,
            { question: question.id, choice, key: randomUUID() },
            headers,
          );
          const answered = expectStatus(reply, [200], 'answer');
          answers++;
          question = answered.next;
          if (!question) {
            // a paced quiz shows the explanation first; the next question comes when asked for
            const next = await send(
              'POST',
              `/api/jindu/attempts/${state.id}/next`,
              undefined,
              headers,
            );
            question = next.status === 200 ? next.body.current : null;
          }
        }
        await send('POST', `/api/jindu/attempts/${state.id}/finish`, undefined, headers);
      }
    }),
  );
  return answers;
}

/** One kiosk's flush: its batches in order, one of them sent twice at once, the first again at the end. */
async function flushKiosk(
  /** @type {{ token: string, items: any[] }} */ kiosk,
  /** @type {number[]} */ latencies,
) {
  const headers = { 'x-kiosk': kiosk.token };
  const batches = [];
  for (let i = 0; i < kiosk.items.length; i += batchSize)
    batches.push(kiosk.items.slice(i, i + batchSize));
  let stored = 0;
  const flushBatch = async (/** @type {any[]} */ items) => {
    for (;;) {
      const reply = await send('POST', '/api/jindu/kiosk/batch', { items }, headers);
      latencies.push(reply.ms);
      if (reply.status === 429) {
        await new Promise((resolve) => setTimeout(resolve, 500)); // the queue waits and retries
        continue;
      }
      const { results } = expectStatus(reply, [200], 'batch');
      stored += results.filter((/** @type {any} */ r) => r.status === 'stored').length;
      return;
    }
  };
  for (const [n, batch] of batches.entries()) {
    if (n === 1) await Promise.all([flushBatch(batch), flushBatch(batch)]);
    else await flushBatch(batch);
  }
  if (batches[0]) await flushBatch(batches[0]);
  return stored;
}

/** How many items the server holds for a kiosk. */
async function storedFor(/** @type {string} */ kiosk) {
  const filter = encodeURIComponent(`kiosk='${kiosk}'`);
  return expectStatus(
    await send(
      'GET',
      `/api/collections/kiosk_items/records?perPage=1&filter=${filter}`,
      undefined,
      asSuperuser,
    ),
    [200],
    'count items',
  ).totalItems;
}

async function pledgeTotal() {
  await new Promise((resolve) => setTimeout(resolve, 1_100)); // stats are computed once a second
  return expectStatus(await send('GET', '/api/jindu/pledges/stats'), [200], 'stats').total;
}

try {
  const kiosks = await Promise.all(Array.from({ length: kioskCount }, (_, n) => pairKiosk(n)));
  await rawCreates(200, 20); // warm-up
  const raw = await rawCreates(4000, 40);
  const pledgesBefore = await pledgeTotal();

  const signal = { stop: false };
  const traffic = quizTraffic(signal);
  const latencies = /** @type {number[]} */ ([]);
  const started = performance.now();
  const storedReplies = await Promise.all(kiosks.map((kiosk) => flushKiosk(kiosk, latencies)));
  const flushSeconds = (performance.now() - started) / 1000;
  signal.stop = true;
  const quizAnswers = await traffic;

  const sent = kioskCount * actionsPerKiosk;
  const held = (await Promise.all(kiosks.map((kiosk) => storedFor(kiosk.id)))).reduce(
    (a, b) => a + b,
    0,
  );
  const pledgesSent = kiosks
    .flatMap((k) => k.items)
    .filter((item) => item.kind === 'pledge').length;
  const pledgesAdded = (await pledgeTotal()) - pledgesBefore;
  const reportedStored = storedReplies.reduce((a, b) => a + b, 0);
  const lost = Math.max(0, sent - held) + Math.max(0, pledgesSent - pledgesAdded);
  const duplicated =
    Math.max(0, held - sent) +
    Math.max(0, pledgesAdded - pledgesSent) +
    Math.max(0, reportedStored - sent);
  const itemsPerSecond = sent / flushSeconds;
  const batch = percentiles(latencies);

  const ms = (/** @type {number} */ value) => `${value.toFixed(1).padStart(7)} ms`;
  console.log(
    `kiosks ${kioskCount} × ${actionsPerKiosk} offline actions, batches of ${batchSize}, ${quizPlayers} quiz players online`,
  );
  console.log('                          │      rate │      p50 │      p99');
  console.log(
    `raw record create        │ ${raw.rps.toFixed(0).padStart(7)}/s │${ms(raw.p50)} │${ms(raw.p99)}`,
  );
  console.log(
    `kiosk items (flush)      │ ${itemsPerSecond.toFixed(0).padStart(7)}/s │${ms(batch.p50)} │${ms(batch.p99)}  (per batch)`,
  );
  console.log(`flush time ${flushSeconds.toFixed(2)} s; quiz answers meanwhile ${quizAnswers}`);
  console.log(
    `items sent ${sent}, held ${held}; pledges sent ${pledgesSent}, counted ${pledgesAdded}; lost ${lost}, duplicated ${duplicated}`,
  );
  const round = (/** @type {number} */ value) => Number(value.toFixed(2));
  console.log(
    JSON.stringify({
      bench: 'kiosk',
      kiosks: kioskCount,
      actions_per_kiosk: actionsPerKiosk,
      batch_size: batchSize,
      items: sent,
      flush_s: round(flushSeconds),
      items_per_s: round(itemsPerSecond),
      raw_create_rps: round(raw.rps),
      items_share_of_raw: round(itemsPerSecond / raw.rps),
      batch_p50_ms: round(batch.p50),
      batch_p99_ms: round(batch.p99),
      quiz_answers_during_flush: quizAnswers,
      pledges_counted: pledgesAdded,
      lost,
      duplicated,
    }),
  );
} finally {
  await server.stop();
}
