// @ts-check
// The VR experience on screens and in an emulated headset: for each room (the start, the
// three offer scenes, the body), the JavaScript a visitor downloads (gzip), the time from
// navigation to the first complete frame (median of fresh loads), frame times while the view
// keeps turning (so every frame is drawn), and what a frame costs the GPU (triangles, draw
// calls, textures, read from three.js's renderer) against the per-scene budget. Headless
// Chromium with software WebGL: the CPU draws, so frame times are a regression yardstick,
// not a headset's. Options: --rooms=party,body; BENCH_RUNS (fresh loads per room, default 3);
// BENCH_SHOTS=<dir> (a screenshot of each room).
import { mkdtemp, rm, cp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureSite } from '../scripts/lib/build.mjs';
import { siteDir } from '../scripts/lib/paths.mjs';
import { importTypeScript } from '../scripts/lib/typescript.mjs';
import { serveFiles } from './_files.mjs';
import { gzippedScriptBytes, launchPageBrowser } from './_page.mjs';

const require = createRequire(import.meta.url);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const shots = process.env.BENCH_SHOTS;
const turnWindow = 3000;
const wanted = process.argv
  .find((arg) => arg.startsWith('--rooms='))
  ?.slice(8)
  .split(',');

const { sceneBudget } = await importTypeScript('src/components/three/vr/budget.ts');
/** Each room and the address that opens it. */
const rooms = /** @type {const} */ ([
  ['lobby', '/vr/'],
  ['party', '/vr/?start=party'],
  ['ktv', '/vr/?start=ktv'],
  ['chat', '/vr/?start=chat'],
  ['body', '/vr/?start=body'],
]).filter(([room]) => !wanted || wanted.includes(room));

await ensureSite();
const site = await mkdtemp(path.join(tmpdir(), 'jindu-bench-vr-'));
await cp(siteDir, site, { recursive: true });
const { origin, close: closeServer } = await serveFiles(site);

const browser = await launchPageBrowser();

/**
 * One fresh load (cold cache): JS downloaded, ms to the first complete frame, the room's cost
 * as drawn and, when asked, frame times while the arrow keys turn the view every frame.
 * @param {string} room @param {string} address @param {{ frames: boolean, headset?: boolean, shot?: string }} options
 */
async function load(room, address, options) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (options.headset) {
    await page.addInitScript({ path: require.resolve('iwer/build/iwer.min.js') });
    await page.addInitScript(() => {
      const iwer = /** @type {any} */ (window).IWER;
      new iwer.XRDevice(iwer.metaQuest3).installRuntime({ forceInstall: true });
    });
  }
  const scriptBytes = gzippedScriptBytes(page);
  await page.goto(`${origin}${address}`);
  const handle = await page.waitForFunction(
    (room) => {
      const first = performance.getEntriesByName('jindu:first-frame')[0];
      const drawn = performance.getEntriesByName(`jindu:vr-room:${room}`)[0];
      return (
        first && drawn && { firstFrame: first.startTime, cost: /** @type {any} */ (drawn).detail }
      );
    },
    room,
    { timeout: 60_000 },
  );
  const { firstFrame, cost } = /** @type {any} */ (await handle.jsonValue());
  /** @type {number[]} */
  let frameTimes = [];
  if (options.frames) {
    await page.locator('.stage .frame').focus();
    frameTimes = await page.evaluate(
      (window) =>
        new Promise((resolve) => {
          const frame = /** @type {HTMLElement} */ (document.querySelector('.stage .frame'));
          /** @type {number[]} */
          const times = [];
          let last = performance.now();
          const started = last;
          const tick = (/** @type {number} */ now) => {
            times.push(now - last);
            last = now;
            // left then right, so the view keeps turning within its limits
            const key = Math.floor((now - started) / 700) % 2 ? 'ArrowRight' : 'ArrowLeft';
            frame.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
            if (now - started < window) requestAnimationFrame(tick);
            else resolve(times.slice(2));
          };
          requestAnimationFrame(tick);
        }),
      turnWindow,
    );
  }
  if (options.shot) await page.screenshot({ path: options.shot });
  const js = await scriptBytes();
  await context.close();
  return { firstFrame, cost, frameTimes, js };
}

/** @param {number[]} values @param {number} q */
const quantile = (values, q) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))] ??
  NaN;

/** @type {Record<string, unknown>[]} */
const results = [];
for (const [room, address] of rooms) {
  const loads = [];
  for (let run = 0; run < runs; run++)
    loads.push(
      await load(room, address, {
        frames: run === 0,
        ...(shots && run === 0 ? { shot: path.join(shots, `vr-${room}.png`) } : {}),
      }),
    );
  const headset = await load(room, address, { frames: false, headset: true });
  const first = loads[0];
  const times = first?.frameTimes ?? [];
  const row = {
    room,
    js_gzip_bytes: first?.js ?? NaN,
    js_gzip_bytes_headset: headset.js,
    first_frame_ms: Math.round(
      quantile(
        loads.map((load) => load.firstFrame),
        0.5,
      ),
    ),
    frame_ms_p50: Number(quantile(times, 0.5).toFixed(1)),
    frame_ms_p95: Number(quantile(times, 0.95).toFixed(1)),
    fps: Number((1000 / quantile(times, 0.5)).toFixed(1)),
    triangles: first?.cost.triangles,
    draw_calls: first?.cost.drawCalls,
    textures: first?.cost.textures,
    within_budget:
      first?.cost.triangles <= sceneBudget.triangles &&
      first?.cost.drawCalls <= sceneBudget.drawCalls &&
      first?.cost.textures <= sceneBudget.textures,
  };
  results.push(row);
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `${room.padEnd(6)} | JS ${kb(row.js_gzip_bytes).padStart(6)} (headset ${kb(row.js_gzip_bytes_headset).padStart(6)}) | first frame ${String(row.first_frame_ms).padStart(5)} ms | frames p50 ${String(row.frame_ms_p50).padStart(5)} ms, p95 ${String(row.frame_ms_p95).padStart(5)} ms (${row.fps} fps) | ${row.triangles}/${sceneBudget.triangles} tris, ${row.draw_calls}/${sceneBudget.drawCalls} calls, ${row.textures}/${sceneBudget.textures} textures${row.within_budget ? '' : '  OVER BUDGET'}`,
  );
}

console.log(
  `\n${runs} fresh loads per room (first frame: median); frame times from the first load while the view turns for ${turnWindow / 1000} s; software WebGL in headless Chromium, 1280×800`,
);
console.log(JSON.stringify({ bench: 'vr', runs, budget: sceneBudget, results }));
await browser.close();
closeServer();
await rm(site, { recursive: true, force: true });
