// @ts-check
// `npm test`: every layer, in order, each with its own runner. Stages after a failed build are
// skipped (they would only repeat the build error); the rest always run so one report shows all.
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { ensureServer, ensureSite } from './lib/build.mjs';
import { root, serverDir } from './lib/paths.mjs';
import { run } from './lib/run.mjs';
import { countGoTests, countPlaywright, countVitest, printGoReport } from './lib/test-counts.mjs';

const reports = await mkdtemp(path.join(tmpdir(), 'jindu-test-'));
/** @param {string} name */
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** @type {{ name: string, needsBuild?: boolean, run: () => Promise<number>, count?: () => Promise<import('./lib/test-counts.mjs').Counts> }[]} */
const stages = [
  { name: 'astro check', run: () => run(bin('astro'), ['check'], { cwd: root }) },
  { name: 'tsc --noEmit', run: () => run(bin('tsc'), ['--noEmit'], { cwd: root }) },
  {
    name: 'svelte-check',
    run: () =>
      run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings'], {
        cwd: root,
      }),
  },
  { name: 'go vet', run: () => run('go', ['vet', './...'], { cwd: serverDir }) },
  {
    name: 'go test',
    run: async () => {
      const code = await run('sh', ['-c', `go test -json ./... > ${reports}/go.json`], {
        cwd: serverDir,
      });
      await printGoReport(`${reports}/go.json`);
      return code;
    },
    count: () => countGoTests(`${reports}/go.json`),
  },
  {
    name: 'vitest unit',
    run: () => vitest('unit'),
    count: () => countVitest(`${reports}/unit.json`),
  },
  {
    name: 'build (binary + site)',
    run: async () => {
      await ensureServer();
      await ensureSite();
      return 0;
    },
  },
  {
    name: 'vitest integration',
    needsBuild: true,
    run: () => vitest('integration'),
    count: () => countVitest(`${reports}/integration.json`),
  },
  {
    name: 'playwright e2e + axe',
    needsBuild: true,
    run: () =>
      run(bin('playwright'), ['test', '--reporter=list,json'], {
        cwd: root,
        env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` },
      }),
    count: () => countPlaywright(`${reports}/e2e.json`),
  },
];

/** @param {string} project */
function vitest(project) {
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
    { cwd: root },
  );
}

const results = [];
let buildFailed = false;
for (const stage of stages) {
  console.log(`\n━━ ${stage.name} ━━`);
  if (stage.needsBuild && buildFailed) {
    results.push({ name: stage.name, status: 'skipped' });
    continue;
  }
  const code = await stage.run().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  });
  if (stage.name.startsWith('build') && code !== 0) buildFailed = true;
  const counts = stage.count ? await stage.count().catch(() => undefined) : undefined;
  results.push({ name: stage.name, status: code === 0 ? 'passed' : 'failed', counts });
}
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
