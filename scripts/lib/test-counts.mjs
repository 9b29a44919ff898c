// @ts-check
// Reads each runner's JSON report so `npm test` can end with one total over every layer.
import { readFile } from 'node:fs/promises';

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

/**
 * Counts test results in `go test -json` output (subtests included).
 * @param {string} file
 * @returns {Promise<Counts>}
 */
export async function countGoTests(file) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line);
    if (!event.Test) continue;
    if (event.Action === 'pass') counts.passed++;
    else if (event.Action === 'fail') counts.failed++;
    else if (event.Action === 'skip') counts.skipped++;
  }
  return counts;
}

/**
 * Counts tests in a vitest JSON report.
 * @param {string} file
 * @returns {Promise<Counts>}
 */
export async function countVitest(file) {
  const report = JSON.parse(await readFile(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/**
 * Counts tests in a Playwright JSON report (flaky tests count as passed, as Playwright does).
 * @param {string} file
 * @returns {Promise<Counts>}
 */
export async function countPlaywright(file) {
  const { stats } = JSON.parse(await readFile(file, 'utf8'));
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    skipped: stats.skipped,
  };
}

/**
 * Prints `go test -json` output the way plain `go test` would: one line per package,
 * plus the full output of failing tests.
 * @param {string} file
 */
export async function printGoReport(file) {
  /** @type {Map<string, string[]>} */
  const output = new Map();
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line);
    const key = `${event.Package} ${event.Test ?? ''}`;
    if (event.Action === 'output') output.set(key, [...(output.get(key) ?? []), event.Output]);
    if (event.Action === 'fail' && event.Test)
      process.stdout.write((output.get(key) ?? []).join(''));
    if (!event.Test && ['pass', 'fail', 'skip'].includes(event.Action)) {
      const status = { pass: 'ok  ', fail: 'FAIL', skip: '?   ' }[
        /** @type {'pass'|'fail'|'skip'} */ (event.Action)
      ];
      console.log(`${status} ${event.Package}${event.Elapsed ? ` ${event.Elapsed}s` : ''}`);
    }
  }
}
