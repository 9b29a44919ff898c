// @ts-check
// The HTTP client of `bench static`: pocketbase/cmd/loadclient, a Go program that sends bursts of
// keep-alive GET requests. Node's http module cost as much CPU per response as the server did,
// so the bench measured the client (see that program's comment).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { serverDir } from '../scripts/lib/paths.mjs';
import { mustRun } from '../scripts/lib/run.mjs';

/** @typedef {{ seconds: number, latenciesMs: number[], status: number, contentEncoding: string }} BurstResult */

/**
 * Builds the client and starts it against `baseUrl`.
 * @param {string} baseUrl @param {number} concurrency
 */
export async function startLoadClient(baseUrl, concurrency) {
  const binary = path.join(serverDir, 'bin', 'loadclient');
  await mustRun('go', ['build', '-o', binary, './cmd/loadclient'], { cwd: serverDir });
  const child = spawn(binary, ['-base', baseUrl, '-concurrency', String(concurrency)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    /**
     * Sends `count` GET requests for `urlPath` with `encoding` as Accept-Encoding ('' for none).
     * @param {string} urlPath @param {string} encoding @param {number} count
     * @returns {Promise<BurstResult>}
     */
    async send(urlPath, encoding, count) {
      child.stdin.write(`${JSON.stringify({ path: urlPath, encoding, count })}\n`);
      const { value, done } = await answers.next();
      if (done) throw new Error('loadclient exited');
      const answer = JSON.parse(value);
      if (answer.error)
        throw new Error(`loadclient, ${urlPath} (${encoding || 'no coding'}): ${answer.error}`);
      return answer;
    },
    stop: () => child.kill(),
  };
}
