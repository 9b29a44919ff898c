// @ts-check
// The CPU time a process has used, for benchmarks on a machine shared with other work: its
// wall-clock throughput swings by ±50 % from one second to the next, its CPU time per request
// far less, so ratios of CPU time compare two targets fairly.
import { readdir, readFile } from 'node:fs/promises';

/**
 * CPU time the process has used so far, in ns, over all its threads (/proc schedstat; Linux).
 * @param {number | undefined} pid
 */
export async function processCpuNs(pid) {
  const tasks = `/proc/${pid}/task`;
  let total = 0;
  for (const task of await readdir(tasks)) {
    const stat = await readFile(`${tasks}/${task}/schedstat`, 'utf8').catch(() => '0');
    total += Number(stat.split(' ')[0]);
  }
  return total;
}
