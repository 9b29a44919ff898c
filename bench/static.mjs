// @ts-check
// How fast one PocketBase process serves the site. Baseline: a small plain static file
// (robots.txt); the figures that matter are ratios against it, measured in the same run:
// pages (CSP header from the page's meta) and every kind of text asset, as they are and in the
// brotli and gzip copies the build writes, the English 404 page, and the API health route; and
// each compressed copy against a plain file of its length, which isolates the cost of the coding
// from the cost of the bytes.
// Sends bounded traffic to 127.0.0.1 only: a fixed number of requests per target.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ensureServer, ensureSite } from '../scripts/lib/build.mjs';
import { siteDir } from '../scripts/lib/paths.mjs';
import { searchIndexPath } from '../scripts/lib/searchIndex.mjs';
import { startLoadClient } from './_loadclient.mjs';
import { benchServer } from './_server.mjs';

const requestsPerTarget = Number(process.env.BENCH_REQUESTS ?? 20000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const rounds = Number(process.env.BENCH_ROUNDS ?? 10);

await ensureServer();
await ensureSite();

// the hashed bundles of the home page and the English search index, whatever this build named them
const home = await readFile(path.join(siteDir, 'index.html'), 'utf8');
const asset = (/** @type {string} */ ext) =>
  home.match(new RegExp(`"(/_astro/[^"]+\\.${ext})"`))?.[1] ?? `/missing.${ext}`;
const searchIndex = await searchIndexPath(siteDir, 'en');

// The site as the server sees it, plus plain files as long as each compressed body: a compressed
// page should be as fast as a plain file of its size, whatever the baseline says about bytes.
const publicDir = await mkdtemp(path.join(tmpdir(), 'jindu-bench-site-'));
for (const entry of await readdir(siteDir)) {
  await symlink(path.join(siteDir, entry), path.join(publicDir, entry));
}
await mkdir(path.join(publicDir, 'bench-same-size'));

/** @typedef {{ path: string, encoding: string, status?: number | undefined }} Request status: expected, 200 if not given */
/** @typedef {Request & { name: string, sameSize?: string }} Target */
/** @type {Target[]} */
const targets = [{ name: 'robots.txt (baseline)', path: '/robots.txt', encoding: '' }];
for (const [kind, target, file, status] of /** @type {[string, string, string, number?][]} */ ([
  ['home page', '/', 'index.html'],
  ['English 404 page', '/en/no-such-page/', 'en/404.html', 404],
  ['JS bundle', asset('js'), asset('js').slice(1)],
  ['CSS', asset('css'), asset('css').slice(1)],
  ['search index JSON', searchIndex, searchIndex.slice(1)],
  ['SVG icon', '/favicon.svg', 'favicon.svg'],
])) {
  targets.push({ name: kind, path: target, encoding: '', status });
  for (const [encoding, suffix] of /** @type {[string, string][]} */ ([
    ['br', '.br'],
    ['gzip', '.gz'],
  ])) {
    const { size } = await stat(path.join(siteDir, file + suffix));
    const sameSize = `/bench-same-size/${size}.txt`;
    await writeFile(path.join(publicDir, sameSize), Buffer.alloc(size, 'jindu bench\n'));
    targets.push({ name: `${kind}, ${encoding}`, path: target, encoding, status, sameSize });
  }
}
targets.push({ name: '/api/health, gzip', path: '/api/health', encoding: 'gzip' });
// the API's rate limiter off: every request comes from 127.0.0.1, and its 429s are not the API
const server = await benchServer({ name: 'static', sockets: 1, publicDir });
const client = await startLoadClient(server.url, concurrency);
const serverCpuNs = server.cpuNs;

/**
 * Sends `count` requests for one target, `concurrency` at a time.
 * @param {Request} target @param {number} count
 */
async function burst(target, count) {
  const cpuBefore = await serverCpuNs();
  const sent = await client.send(target.path, target.encoding, count);
  const cpuNs = (await serverCpuNs()) - cpuBefore;
  const want = `${target.status ?? 200} ${target.encoding || 'plain'}`;
  const came = `${sent.status} ${sent.contentEncoding || 'plain'}`;
  if (came !== want) throw new Error(`${target.path} came as ${came}, not ${want}`);
  return { latencies: sent.latenciesMs, seconds: sent.seconds, cpuNs };
}

const median = (/** @type {number[]} */ values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Each round measures the target beside the baseline, and a compressed target beside a plain file
 * of its size too, so all see the same load from whatever else the machine is doing; the ratios
 * reported are medians over the rounds. The order turns each round: the later bursts of a round
 * run a few per cent faster, and rounds of a few hundred requests (25 ms) put the baseline against
 * itself at 1.25.
 * @param {Target} target
 */
async function measure(target) {
  const perRound = Math.ceil(requestsPerTarget / rounds);
  await burst(target, 200); // warm-up: the server loads and caches the file's codings
  const baseline = targets[0] ?? target;
  const sameSize = target.sameSize ? { path: target.sameSize, encoding: '' } : undefined;
  if (sameSize) await burst(sameSize, 200);
  const peers = sameSize ? [target, baseline, sameSize] : [target, baseline];
  /** @type {number[]} */
  const latencies = [];
  /** @type {number[]} */
  const ratios = [];
  /** @type {number[]} */
  const sameSizeRatios = [];
  /** @type {number[]} */
  const cpuRatios = [];
  let seconds = 0;
  let cpuNs = 0;
  for (let round = 0; round < rounds; round++) {
    /** @type {Map<object, Awaited<ReturnType<typeof burst>>>} */
    const took = new Map();
    for (let i = 0; i < peers.length; i++) {
      const peer = peers[(i + round) % peers.length] ?? target;
      took.set(peer, await burst(peer, perRound));
    }
    const own = took.get(target);
    const base = took.get(baseline);
    const plain = sameSize && took.get(sameSize);
    if (!own || !base) throw new Error('a burst went missing');
    ratios.push(base.seconds / own.seconds);
    if (plain) sameSizeRatios.push(plain.seconds / own.seconds);
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
    sameSizeRatio: sameSizeRatios.length ? median(sameSizeRatios) : undefined,
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
    `\n${requestsPerTarget} requests per target in ${rounds} rounds, each beside a baseline round ` +
      `(and a compressed target beside a plain file of its size); ${concurrency} concurrent, ` +
      `keep-alive, loopback, Go client; load average ${load.join(' → ')} on ${cpus().length} cores\n`,
  );
  console.log(
    'target                          req/s  ×baseline  ×same size  server µs/req  ×baseline (CPU)   p50 ms   p99 ms',
  );
  for (const r of results) {
    const sameSize = r.sameSizeRatio === undefined ? '' : r.sameSizeRatio.toFixed(2);
    console.log(
      `${r.name.padEnd(29)} ${r.rps.toFixed(0).padStart(7)} ${r.ratio.toFixed(2).padStart(10)} ${sameSize.padStart(11)} ${r.cpuUs.toFixed(0).padStart(14)} ${r.cpuRatio.toFixed(2).padStart(16)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)}`,
    );
  }
  const figures = results.map((r) => ({
    name: r.name,
    path: r.path,
    encoding: r.encoding,
    rps: Math.round(r.rps),
    ratio: Number(r.ratio.toFixed(3)),
    same_size_ratio: r.sameSizeRatio === undefined ? null : Number(r.sameSizeRatio.toFixed(3)),
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
  client.stop();
  await server.stop();
  await rm(publicDir, { recursive: true, force: true });
}
