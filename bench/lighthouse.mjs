// @ts-check
// Lighthouse (the npm package, driving the machine's Chromium) on one page of every type in both
// locales, with its mobile settings (a mid-range phone, slow 4G and a 4× slower CPU, simulated):
// performance and accessibility scores, LCP, TBT and CLS per page. Goal (issue 17): ≥ 95 / 100
// on every page. The site is served by a real PocketBase (quizzes synced), as visitors get it.
// Options: --pages=home,search (a subset by name), BENCH_RUNS (runs per page, median; default 1),
// --reports=<folder> (keeps each run's full Lighthouse JSON there, to read its diagnostics).
// Lighthouse's simulated throttling makes its figures depend little on how busy the machine is,
// but TBT still grows when other work takes the CPU: the load average is printed with the table.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureServer, ensureSite } from '../scripts/lib/build.mjs';
import { chromiumLaunchOptions } from '../scripts/lib/chromium.mjs';
import { freePort, migrate, startServer, syncQuizzes } from '../scripts/lib/pocketbase.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 1);
const wanted = process.argv
  .find((arg) => arg.startsWith('--pages='))
  ?.slice(8)
  .split(',');
const reports = process.argv.find((arg) => arg.startsWith('--reports='))?.slice(10);

/** One page of every type, by the path it has in Chinese; English is the same under /en. */
const pageTypes = [
  { name: 'home', path: '/' },
  { name: 'encyclopedia entry', path: '/encyclopedia/fentanyl/' },
  { name: 'search', path: '/search/?q=%E5%86%B0%E6%AF%92', enPath: '/en/search/?q=meth' },
  { name: 'quiz', path: '/quiz/practice-harms/' },
  { name: 'model page', path: '/models/milk-tea-sachet/' },
  { name: 'pledge', path: '/pledge/' },
  { name: 'classroom hub', path: '/classroom/' },
  { name: 'classroom play', path: '/classroom/play/' },
  { name: 'gallery', path: '/models/' },
  { name: 'VR', path: '/vr/' },
  { name: 'kiosk', path: '/kiosk/' }, // unpaired, it shows the pairing screen
].filter((page) => !wanted || wanted.some((name) => page.name.startsWith(name)));

await ensureServer();
await ensureSite();
const dataDir = await mkdtemp(path.join(tmpdir(), 'jindu-bench-lighthouse-'));
await migrate(dataDir);
await syncQuizzes(dataDir, { quiet: true });
const server = await startServer({ dataDir, http: `127.0.0.1:${await freePort()}`, quiet: true });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumLaunchOptions.executablePath,
  chromeFlags: [...chromiumLaunchOptions.args, '--headless=new', '--no-sandbox'],
});

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * One Lighthouse report; a run Lighthouse itself calls failed (on a busy machine the trace
 * sometimes loses the navigation, NO_NAVSTART) is tried again, twice at most, and reported.
 * @param {string} url
 */
async function lighthouseReport(url) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const lhr = result?.lhr;
    const problem = lhr ? lhr.runtimeError?.message : 'no report';
    if (lhr && !problem) return lhr;
    if (attempt === 3) throw new Error(`${url}: ${problem}`);
    console.log(`  ! ${url}: ${problem} (attempt ${attempt} of 3)`);
  }
}

/**
 * One page, `runs` times: the median of each figure.
 * @param {string} url
 * @param {string} name for the kept reports: page type and locale
 */
async function audit(url, name) {
  /** @type {{ performance: number, accessibility: number, lcp: number, tbt: number, cls: number }[]} */
  const results = [];
  for (let run = 0; run < runs; run++) {
    const lhr = await lighthouseReport(url);
    if (reports) {
      await mkdir(reports, { recursive: true });
      await writeFile(
        path.join(reports, `${name.replaceAll(' ', '-')}-${run + 1}.json`),
        JSON.stringify(lhr),
      );
    }
    const audits = lhr.audits;
    results.push({
      performance: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories['accessibility']?.score ?? 0) * 100),
      lcp: audits['largest-contentful-paint']?.numericValue ?? 0,
      tbt: audits['total-blocking-time']?.numericValue ?? 0,
      cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
    });
  }
  return {
    performance: median(results.map((r) => r.performance)),
    accessibility: median(results.map((r) => r.accessibility)),
    lcp: median(results.map((r) => r.lcp)),
    tbt: median(results.map((r) => r.tbt)),
    cls: median(results.map((r) => r.cls)),
  };
}

try {
  const loadBefore = loadavg()[0] ?? 0;
  const rows = [];
  for (const page of pageTypes) {
    for (const locale of ['zh-cn', 'en']) {
      const pagePath = locale === 'en' ? (page.enPath ?? `/en${page.path}`) : page.path;
      const row = {
        page: page.name,
        locale,
        path: pagePath,
        ...(await audit(server.url + pagePath, `${page.name}-${locale}`)),
      };
      console.log(
        `  ${row.page}, ${locale}: performance ${row.performance}, accessibility ${row.accessibility}`,
      );
      rows.push(row);
    }
  }
  const load = [loadBefore, loadavg()[0] ?? 0].map((n) => Number(n.toFixed(1)));
  console.log(
    `\nLighthouse ${runs > 1 ? `median of ${runs} runs` : '1 run'} per page, mobile; load average ${load.join(' → ')} on ${cpus().length} cores\n`,
  );
  console.log('page                 locale   perf  a11y   LCP ms   TBT ms    CLS');
  for (const r of rows) {
    const flag = r.performance < 95 || r.accessibility < 100 ? '  ←' : '';
    console.log(
      `${r.page.padEnd(20)} ${r.locale.padEnd(6)} ${String(r.performance).padStart(6)} ${String(r.accessibility).padStart(5)} ${r.lcp.toFixed(0).padStart(8)} ${r.tbt.toFixed(0).padStart(8)} ${r.cls.toFixed(3).padStart(6)}${flag}`,
    );
  }
  const lowest = Math.min(...rows.map((r) => r.performance));
  console.log(`\nlowest performance score: ${lowest} (goal ≥ 95)`);
  console.log(
    JSON.stringify({
      bench: 'lighthouse',
      runs,
      load,
      lowest_performance: lowest,
      results: rows.map((r) => ({
        ...r,
        lcp_ms: Math.round(r.lcp),
        tbt_ms: Math.round(r.tbt),
        cls: Number(r.cls.toFixed(3)),
        lcp: undefined,
        tbt: undefined,
      })),
    }),
  );
} finally {
  chrome.kill();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
