// @ts-check
// `npm test`: every layer, each with its own runner, in two lanes side by side: the build and
// the tests that need it (integration, then e2e), which streams its output; and the Go tests,
// unit tests and static checks, which print each stage's output whole when it ends so lines
// never interleave. Two lanes, not more: on a 2-core machine more would only slow the timed
// integration tests. The static checks wait for the build, which rewrites the `.astro/` types
// they read.
// Stages after a failed build are skipped (they would only repeat the build error);
// the rest always run so one report shows all.
import path from 'node:path';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { ensureServer, ensureSite } from './lib/build.mjs';
import { root, serverDir } from './lib/paths.mjs';
import { run } from './lib/run.mjs';
import { countGoTests, countPlaywright, countVitest, printGoReport } from './lib/test-counts.mjs';

const reports = await mkdtemp(path.join(tmpdir(), 'jindu-test-'));
/** @param {string} name */
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/**
 * @typedef {object} Stage
 * @property {string} name
 * @property {boolean} [needsBuild]
 * @property {boolean} [waitsForBuild] starts once the build has ended
 * @property {(stdio: import('node:child_process').StdioOptions) => Promise<number>} run
 * @property {() => Promise<import('./lib/test-counts.mjs').Counts>} [count]
 */

/** @type {Stage[]} */
const checks = [
  {
    name: 'astro check',
    waitsForBuild: true,
    run: (stdio) => run(bin('astro'), ['check'], { cwd: root, stdio }),
  },
  { name: 'tsc --noEmit', run: (stdio) => run(bin('tsc'), ['--noEmit'], { cwd: root, stdio }) },
  {
    name: 'svelte-check',
    run: (stdio) =>
      run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings'], {
        cwd: root,
        stdio,
      }),
  },
];

/** @type {Stage[]} */
const goStages = [
  { name: 'go vet', run: (stdio) => run('go', ['vet', './...'], { cwd: serverDir, stdio }) },
  {
    name: 'go test',
    run: async (stdio) => {
      const code = await run('sh', ['-c', `go test -json ./... > ${reports}/go.json`], {
        cwd: serverDir,
        stdio,
      });
      await printGoReport(`${reports}/go.json`);
      return code;
    },
    count: () => countGoTests(`${reports}/go.json`),
  },
];

/** @type {Stage[]} */
const unit = [
  {
    name: 'vitest unit',
    run: (stdio) => vitest('unit', stdio),
    count: () => countVitest(`${reports}/unit.json`),
  },
];

/** @type {() => void} */
let builtOrFailed = () => {};
const buildEnded = new Promise((resolve) => (builtOrFailed = () => resolve(undefined)));

/** @type {Stage[]} */
const site = [
  {
    name: 'build (binary + site)',
    run: async () => {
      try {
        await ensureServer();
        await ensureSite();
        return 0;
      } finally {
        builtOrFailed();
      }
    },
  },
  {
    name: 'vitest integration',
    needsBuild: true,
    run: (stdio) => vitest('integration', stdio),
    count: () => countVitest(`${reports}/integration.json`),
  },
  {
    name: 'playwright e2e + axe',
    needsBuild: true,
    run: (stdio) =>
      run(bin('playwright'), ['test', '--reporter=list,json'], {
        cwd: root,
        stdio,
        env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` },
      }),
    count: () => countPlaywright(`${reports}/e2e.json`),
  },
];

/**
 * @param {string} project
 * @param {import('node:child_process').StdioOptions} stdio
 */
function vitest(project, stdio) {
  return run(
    bin('vitest'),
    [
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/${project}.json`,
    ],
    { cwd: root, stdio },
  );
}

/** @typedef {{ name: string, status: 'passed' | 'failed' | 'skipped', counts?: import('./lib/test-counts.mjs').Counts | undefined }} Result */

/**
 * Runs a lane's stages in order. A streamed lane writes as it goes; a quiet one keeps each
 * stage's output in a file and prints it when the stage ends.
 * @param {Stage[]} lane
 * @param {boolean} streamed
 * @returns {Promise<Result[]>}
 */
async function runLane(lane, streamed) {
  /** @type {Result[]} */
  const results = [];
  let buildFailed = false;
  for (const stage of lane) {
    if (stage.needsBuild && buildFailed) {
      console.log(`\n━━ ${stage.name}: skipped (the build failed) ━━`);
      results.push({ name: stage.name, status: 'skipped' });
      continue;
    }
    if (stage.waitsForBuild) await buildEnded;
    if (streamed) console.log(`\n━━ ${stage.name} ━━`);
    const log = path.join(reports, `${stage.name.replace(/\W+/g, '-')}.log`);
    const file = streamed ? null : await open(log, 'w');
    /** @type {import('node:child_process').StdioOptions} */
    const stdio = file ? ['ignore', file.fd, file.fd] : 'inherit';
    const code = await stage.run(stdio).catch((error) => {
      console.error(`${stage.name}: ${error instanceof Error ? error.message : error}`);
      return 1;
    });
    if (file) {
      await file.close();
      console.log(`\n━━ ${stage.name} ━━\n${(await readFile(log, 'utf8')).trimEnd()}`);
    }
    if (stage.name.startsWith('build') && code !== 0) buildFailed = true;
    const counts = stage.count ? await stage.count().catch(() => undefined) : undefined;
    results.push({ name: stage.name, status: code === 0 ? 'passed' : 'failed', counts });
  }
  return results;
}

const lanes = await Promise.all([
  runLane(site, true),
  runLane([...goStages, ...unit, ...checks], false),
]);
const results = lanes.flat();
await rm(reports, { recursive: true, force: true });

console.log('\n━━ summary ━━');
const total = { passed: 0, failed: 0, skipped: 0 };
for (const result of results) {
  const counts = result.counts;
  const detail = counts
    ? ` (${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped)`
    : '';
  console.log(
    `${result.status === 'passed' ? '✓' : result.status === 'failed' ? '✗' : '-'} ${result.name}: ${result.status}${detail}`,
  );
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  } else if (result.status === 'failed') total.failed += 1;
}
const failedStages = results.filter((result) => result.status !== 'passed').length;
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedStages === 0 ? 0 : 1);
