// @ts-check
// How fast one PocketBase process serves the site. Baseline: a small plain static file
// (robots.txt); the figures that matter are ratios against it, measured in the same run:
// pages (CSP header from the page's meta) and every kind of text asset, as they are and in the
// brotli and gzip copies the build writes, the English 404 page, and the API health route.
// Sends bounded traffic to 127.0.0.1 only: a fixed number of requests per target.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureServer, ensureSite } from '../scripts/lib/build.mjs';
import { siteDir } from '../scripts/lib/paths.mjs';
import { freePort, migrate, startServer } from '../scripts/lib/pocketbase.mjs';

const requestsPerTarget = Number(process.env.BENCH_REQUESTS ?? 4000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);

await ensureServer();
await ensureSite();

// the hashed bundles of the home page, whatever this build named them
const home = await readFile(path.join(siteDir, 'index.html'), 'utf8');
const asset = (/** @type {string} */ ext) =>
  home.match(new RegExp(`"(/_astro/[^"]+\\.${ext})"`))?.[1] ?? `/missing.${ext}`;

/** @type {{ name: string, path: string, encoding: string }[]} */
const targets = [{ name: 'robots.txt (baseline)', path: '/robots.txt', encoding: '' }];
for (const [kind, target] of [
  ['home page', '/'],
  ['English 404 page', '/en/no-such-page/'],
  ['JS bundle', asset('js')],
  ['CSS', asset('css')],
  ['search index JSON', '/search-index/en.json'],
  ['SVG icon', '/favicon.svg'],
]) {
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

/** @param {{ path: string, encoding: string }} target */
async function measure(target) {
  const url = `${server.url}${target.path}`;
  for (let i = 0; i < 200; i++) await get(url, target.encoding); // warm-up
  /** @type {number[]} */
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < requestsPerTarget) latencies.push(await get(url, target.encoding));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (/** @type {number} */ p) =>
    latencies[Math.floor((latencies.length - 1) * p)] ?? 0;
  return { rps: latencies.length / seconds, p50: percentile(0.5), p99: percentile(0.99) };
}

try {
  const results = [];
  for (const target of targets) results.push({ ...target, ...(await measure(target)) });
  const baseline = results[0]?.rps ?? 1;
  console.log(
    `\n${requestsPerTarget} requests per target, ${concurrency} concurrent, keep-alive, loopback\n`,
  );
  console.log('target                          req/s   ×baseline   p50 ms   p99 ms');
  for (const result of results) {
    console.log(
      `${result.name.padEnd(29)} ${result.rps.toFixed(0).padStart(7)} ${(result.rps / baseline).toFixed(2).padStart(10)} ${result.p50.toFixed(2).padStart(8)} ${result.p99.toFixed(2).padStart(8)}`,
    );
  }
  const figures = results.map(({ name, path: target, encoding, rps, p50, p99 }) => ({
    name,
    path: target,
    encoding,
    rps: Math.round(rps),
    ratio: Number((rps / baseline).toFixed(3)),
    p50_ms: Number(p50.toFixed(3)),
    p99_ms: Number(p99.toFixed(3)),
  }));
  console.log(
    JSON.stringify({ bench: 'static', requestsPerTarget, concurrency, results: figures }),
  );
} finally {
  agent.destroy();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
