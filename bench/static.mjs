// @ts-check
// How fast one PocketBase process serves the site. Baseline: a small plain static file
// (robots.txt); the figures that matter are ratios against it, measured in the same run:
// pages (CSP header from the page's meta) and every kind of text asset, as they are and in the
// brotli and gzip copies the build writes, the English 404 page, and the API health route.
// Sends bounded traffic to 127.0.0.1 only: a fixed number of requests per target.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ensureServer, ensureSite } from '../scripts/lib/build.mjs';
import { siteDir } from '../scripts/lib/paths.mjs';
import { freePort, migrate, startServer } from '../scripts/lib/pocketbase.mjs';
import { processCpuNs } from './_cpu.mjs';

const requestsPerTarget = Number(process.env.BENCH_REQUESTS ?? 20000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const rounds = Number(process.env.BENCH_ROUNDS ?? 10);

await ensureServer();
await ensureSite();

// the hashed bundles of the home page, whatever this build named them
const home = await readFile(path.join(siteDir, 'index.html'), 'utf8');
const asset = (/** @type {string} */ ext) =>
  home.match(new RegExp(`"(/_astro/[^"]+\\.${ext})"`))?.[1] ?? `/missing.${ext}`;

/** @type {{ name: string, path: string, encoding: string }[]} */
const targets = [{ name: 'robots.txt (baseline)', path: '/robots.txt', encoding: '' }];
for (const [kind, target] of /** @type {[string, string][]} */ ([
  ['home page', '/'],
  ['English 404 page', '/en/no-such-page/'],
  ['JS bundle', asset('js')],
  ['CSS', asset('css')],
  ['search index JSON', '/search-index/en.json'],
  ['SVG icon', '/favicon.svg'],
])) {
  for (const encoding of ['', 'br', 'gzip']) {
    targets.push({ name: encoding ? `${kind}, ${encoding}` : kind, path: target, encoding });
  }
}
targets.push({ name: '/api/health, gzip', path: '/api/health', encoding: 'gzip' });
const dataDir = await mkdtemp(path.join(tmpdir(), 'jindu-bench-'));
await migrate(dataDir);
const server = await startServer({ dataDir, http: `127.0.0.1:${await freePort()}`, quiet: true });
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

/**
 * @param {string} url @param {string} encoding what Accept-Encoding names, '' for none
 * @returns {Promise<number>} latency in ms
 */
function get(url, encoding) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers = encoding ? { 'accept-encoding': encoding } : {};
    request(url, { agent, headers }, (response) => {
      if (
        encoding &&
        response.headers['content-encoding'] !== encoding &&
        !url.endsWith('/api/health')
      )
        reject(
          new Error(`${url} came as ${response.headers['content-encoding']}, not ${encoding}`),
        );
      response.on('data', () => {});
      response.on('end', () => resolve(performance.now() - started));
    })
      .on('error', reject)
      .end();
  });
}

const serverCpuNs = () => processCpuNs(server.child.pid);

/**
 * Sends `count` requests for one target, `concurrency` at a time.
 * @param {{ path: string, encoding: string }} target @param {number} count
 */
async function burst(target, count) {
  const url = `${server.url}${target.path}`;
  /** @type {number[]} */
  const latencies = [];
  let next = 0;
  const cpuBefore = await serverCpuNs();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) latencies.push(await get(url, target.encoding));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { latencies, seconds, cpuNs: (await serverCpuNs()) - cpuBefore };
}

const median = (/** @type {number[]} */ values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Each round measures the target beside the baseline, so both see the same load from whatever
 * else the machine is doing; the ratio reported is the median over the rounds. The baseline goes
 * first in every other round: the second burst of a pair runs a few per cent faster, and
 * rounds of a few hundred requests (25 ms) put the baseline against itself at 1.25.
 * @param {{ path: string, encoding: string }} target
 */
async function measure(target) {
  const perRound = Math.ceil(requestsPerTarget / rounds);
  await burst(target, 200); // warm-up: the server loads and caches the file's codings
  /** @type {number[]} */
  const latencies = [];
  /** @type {number[]} */
  const ratios = [];
  /** @type {number[]} */
  const cpuRatios = [];
  let seconds = 0;
  let cpuNs = 0;
  for (let round = 0; round < rounds; round++) {
    const baseline = targets[0] ?? target;
    const baseFirst = round % 2 === 0;
    const first = await burst(baseFirst ? baseline : target, perRound);
    const second = await burst(baseFirst ? target : baseline, perRound);
    const [base, own] = baseFirst ? [first, second] : [second, first];
    ratios.push(base.seconds / own.seconds);
    cpuRatios.push(base.cpuNs / Math.max(own.cpuNs, 1));
    latencies.push(...own.latencies);
    seconds += own.seconds;
    cpuNs += own.cpuNs;
  }
  latencies.sort((a, b) => a - b);
  const percentile = (/** @type {number} */ p) =>
    latencies[Math.floor((latencies.length - 1) * p)] ?? 0;
  return {
    rps: latencies.length / seconds,
    ratio: median(ratios),
    cpuRatio: median(cpuRatios),
    cpuUs: cpuNs / latencies.length / 1000,
    p50: percentile(0.5),
    p99: percentile(0.99),
  };
}

try {
  const loadBefore = loadavg()[0] ?? 0;
  const results = [];
  for (const target of targets) results.push({ ...target, ...(await measure(target)) });
  const load = [loadBefore, loadavg()[0] ?? 0].map((n) => Number(n.toFixed(1)));
  console.log(
    `\n${requestsPerTarget} requests per target in ${rounds} rounds, each beside a baseline round; ` +
      `${concurrency} concurrent, keep-alive, loopback; load average ${load.join(' → ')} on ${cpus().length} cores\n`,
  );
  console.log(
    'target                          req/s  ×baseline  server µs/req  ×baseline (CPU)   p50 ms   p99 ms',
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(29)} ${r.rps.toFixed(0).padStart(7)} ${r.ratio.toFixed(2).padStart(10)} ${r.cpuUs.toFixed(0).padStart(14)} ${r.cpuRatio.toFixed(2).padStart(16)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)}`,
    );
  }
  const figures = results.map((r) => ({
    name: r.name,
    path: r.path,
    encoding: r.encoding,
    rps: Math.round(r.rps),
    ratio: Number(r.ratio.toFixed(3)),
    server_us_per_request: Number(r.cpuUs.toFixed(1)),
    cpu_ratio: Number(r.cpuRatio.toFixed(3)),
    p50_ms: Number(r.p50.toFixed(3)),
    p99_ms: Number(r.p99.toFixed(3)),
  }));
  console.log(
    JSON.stringify({
      bench: 'static',
      requestsPerTarget,
      rounds,
      concurrency,
      load,
      results: figures,
    }),
  );
} finally {
  agent.destroy();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
