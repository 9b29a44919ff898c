// @ts-check
// 3D models: our viewer page against Google's <model-viewer> (npm package) showing a glTF
// export of the same model, same machine, same run, headless Chromium with software WebGL.
// Prints per model: triangles and draw calls, JS downloaded by the page (gzip), time from
// navigation to the first drawn frame (median of fresh loads) and frames per second while
// auto-rotating. Goals (issue 6): first frame no slower than model-viewer's, JS no larger.
// Options: --models=a,b (a subset), BENCH_RUNS (fresh loads per viewer, default 3),
// BENCH_SHOTS=<dir> (a screenshot of each viewer once it turns, to see both show the model).
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureSite } from '../scripts/lib/build.mjs';
import { root, siteDir } from '../scripts/lib/paths.mjs';
import { importTypeScript } from '../scripts/lib/typescript.mjs';
import { serveFiles } from './_files.mjs';
import { gzippedScriptBytes, launchPageBrowser } from './_page.mjs';
import { toGlb } from './_gltf.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const wanted = process.argv
  .find((arg) => arg.startsWith('--models='))
  ?.slice(9)
  .split(',');
/** Both viewers start turning by themselves after this long untouched (ours: ModelViewer.svelte). */
const idleBeforeRotating = 4000;
const fpsWindow = 3000;
const shots = process.env.BENCH_SHOTS;

const { loadAllModels } = await importTypeScript('src/components/three/models/index.ts');
const { costOf } = await importTypeScript('src/components/three/models/budget.ts');
/** @type {import('../src/components/three/models/types').ModelDefinition[]} */
const models = (await loadAllModels()).filter(
  (/** @type {{ id: string }} */ model) => !wanted || wanted.includes(model.id),
);

await ensureSite();
const site = await mkdtemp(path.join(tmpdir(), 'jindu-bench-models-'));
await cp(siteDir, site, { recursive: true });
await mkdir(path.join(site, 'bench-mv'));
await cp(
  path.join(root, 'node_modules/@google/model-viewer/dist/model-viewer.min.js'),
  path.join(site, 'bench-mv/model-viewer.min.js'),
);

const { origin, close: closeServer } = await serveFiles(site);

let browser = await launchPageBrowser();

/** How often a load is tried before the bench gives up on it. */
const attempts = 3;
/** Loads that failed and were tried again: on a busy machine a renderer may crash or stall. */
/** @type {{ url: string, error: string }[]} */
const retried = [];

/**
 * `load`, tried again (in a fresh context, or a fresh browser if it went down) when the page
 * crashes, closes or times out; each failure is reported. Null when every attempt failed.
 * @param {string} url @param {boolean} countFrames @param {string} [shot]
 */
async function loadWithRetry(url, countFrames, shot) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await load(url, countFrames, shot);
    } catch (error) {
      const message = String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
      retried.push({ url, error: message });
      console.log(`  ! ${url}: ${message} (attempt ${attempt} of ${attempts})`);
      if (!browser.isConnected()) browser = await launchPageBrowser();
    }
  }
  return null;
}

/**
 * One fresh load (cold cache): ms from navigation to the first drawn frame, the page's JS
 * (gzip bytes) and, when asked, frames per second once auto-rotation has begun.
 * @param {string} url @param {boolean} countFrames @param {string} [shot] a PNG path
 */
async function load(url, countFrames, shot) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    return await measureLoad(await context.newPage(), url, countFrames, shot);
  } finally {
    await context.close().catch(() => {}); // a crashed page's context may be gone already
  }
}

/**
 * @param {import('@playwright/test').Page} page @param {string} url @param {boolean} countFrames
 * @param {string} [shot]
 */
async function measureLoad(page, url, countFrames, shot) {
  const scriptBytes = gzippedScriptBytes(page);
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('jindu:first-frame')[0]?.startTime,
    undefined,
    { timeout: 60_000 },
  );
  const firstFrame = /** @type {number} */ (await handle.jsonValue());
  let fps = NaN;
  if (countFrames) {
    await page.waitForTimeout(idleBeforeRotating + 800);
    fps = await page.evaluate(
      (window) =>
        new Promise((resolve) => {
          let frames = 0;
          const started = performance.now();
          const tick = () => {
            frames += 1;
            if (performance.now() - started < window) requestAnimationFrame(tick);
            else resolve((frames * 1000) / (performance.now() - started));
          };
          requestAnimationFrame(tick);
        }),
      fpsWindow,
    );
  }
  if (shot) await page.screenshot({ path: shot });
  const size = await page.evaluate(() => {
    const canvas = document.querySelector('.viewer canvas');
    return canvas && { width: canvas.clientWidth, height: canvas.clientHeight };
  });
  const js = await scriptBytes();
  return { firstFrame, fps, js, size };
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** @param {typeof models[number]} model @param {{ width: number, height: number }} size */
async function modelViewerPage(model, size) {
  await writeFile(path.join(site, 'bench-mv', `${model.id}.glb`), await toGlb(model.build()));
  const page = `bench-mv/${model.id}.html`;
  await writeFile(
    path.join(site, page),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${model.id}</title>
<script type="module" src="/bench-mv/model-viewer.min.js"></script>
<style>model-viewer { width: ${size.width}px; height: ${size.height}px; }</style></head>
<body><model-viewer src="/bench-mv/${model.id}.glb" alt="${model.id}" camera-controls auto-rotate
auto-rotate-delay="${idleBeforeRotating}" interaction-prompt="none"></model-viewer>
<script>
// 'load' comes once the model is in the scene; the frame drawn with it is done one frame later
document.querySelector('model-viewer').addEventListener('load', () =>
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('jindu:first-frame'))));
</script></body></html>`,
  );
  return `${origin}/${page}`;
}

/** @type {Record<string, unknown>[]} */
const results = [];
for (const model of models) {
  const cost = costOf(model.build());
  const shot = (/** @type {string} */ who) =>
    shots ? path.join(shots, `${model.id}-${who}.png`) : undefined;
  const ours = [];
  for (let run = 0; run < runs; run++) {
    const url = `${origin}/models/${model.id}/`;
    const measured = await loadWithRetry(url, run === 0, run ? undefined : shot('ours'));
    if (measured) ours.push(measured);
  }
  const size = ours[0]?.size ?? { width: 768, height: 576 };
  const baselineUrl = await modelViewerPage(model, size);
  const baseline = [];
  for (let run = 0; run < runs; run++) {
    const measured = await loadWithRetry(
      baselineUrl,
      run === 0,
      run ? undefined : shot('model-viewer'),
    );
    if (measured) baseline.push(measured);
  }
  const row = {
    model: model.id,
    triangles: cost.triangles,
    draw_calls: cost.drawCalls,
    js_gzip_bytes: ours[0]?.js ?? NaN,
    mv_js_gzip_bytes: baseline[0]?.js ?? NaN,
    first_frame_ms: Math.round(median(ours.map((r) => r.firstFrame))),
    mv_first_frame_ms: Math.round(median(baseline.map((r) => r.firstFrame))),
    fps: Number((ours[0]?.fps ?? NaN).toFixed(1)),
    mv_fps: Number((baseline[0]?.fps ?? NaN).toFixed(1)),
  };
  results.push(row);
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `${row.model.padEnd(24)} ${String(row.triangles).padStart(6)} tris ${String(row.draw_calls).padStart(3)} calls | JS ${kb(row.js_gzip_bytes).padStart(7)} vs ${kb(row.mv_js_gzip_bytes).padStart(7)} | first frame ${String(row.first_frame_ms).padStart(5)} ms vs ${String(row.mv_first_frame_ms).padStart(5)} ms (${(row.first_frame_ms / row.mv_first_frame_ms).toFixed(2)}×) | ${row.fps} fps vs ${row.mv_fps} fps`,
  );
}

const ratio = (/** @type {string} */ ours, /** @type {string} */ theirs) =>
  median(
    results.map((row) => /** @type {number} */ (row[ours]) / /** @type {number} */ (row[theirs])),
  );
console.log(
  `\nmedian over ${results.length} models, ours ÷ model-viewer: first frame ${ratio('first_frame_ms', 'mv_first_frame_ms').toFixed(2)}×, JS ${ratio('js_gzip_bytes', 'mv_js_gzip_bytes').toFixed(2)}×, fps ${ratio('fps', 'mv_fps').toFixed(2)}× (${runs} fresh loads per viewer; fps from the first, while auto-rotating)`,
);
console.log(
  retried.length
    ? `${retried.length} load(s) failed and were tried again (see the lines marked !)`
    : 'no load failed',
);
console.log(JSON.stringify({ bench: 'models', runs, retried, results }));
await browser.close();
closeServer();
await rm(site, { recursive: true, force: true });
