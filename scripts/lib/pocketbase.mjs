// @ts-check
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { variables } from './config.mjs';
import { root, serverBinary, siteDir } from './paths.mjs';
import { mustRun } from './run.mjs';

/**
 * Creates the superuser, or resets its password if it exists (PocketBase's `superuser upsert`).
 * @param {string} dataDir
 * @param {string} email
 * @param {string} password
 */
export async function upsertSuperuser(dataDir, email, password) {
  await mustRun(serverBinary, ['superuser', 'upsert', email, password, `--dir=${dataDir}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * Applies pending migrations without starting the server.
 * @param {string} dataDir
 */
export async function migrate(dataDir) {
  await mustRun(serverBinary, ['migrate', 'up', `--dir=${dataDir}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * Validates quizzes/ and loads it into a data dir (`npm run quizzes:sync`); `extra` adds
 * definition folders, such as the tests' own quizzes.
 * @param {string} dataDir
 * @param {{ extra?: string[], quiet?: boolean }} [options]
 */
export async function syncQuizzes(dataDir, { extra = [], quiet = false } = {}) {
  await mustRun(process.execPath, [path.join(root, 'scripts/quizzes-sync.mjs')], {
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    env: {
      ...process.env,
      [variables.dataDir]: dataDir,
      [variables.extraQuizzes]: extra.join(','),
    },
  });
}

/**
 * Starts `jindu serve` serving the built site; resolves once /api/health answers. `env` adds
 * settings (JINDU_* variables) for this server only.
 * @param {{ dataDir: string, http: string, publicDir?: string, quiet?: boolean, env?: Record<string, string> }} options
 */
export async function startServer({ dataDir, http, publicDir = siteDir, quiet = false, env = {} }) {
  const child = spawn(
    serverBinary,
    ['serve', `--http=${http}`, `--dir=${dataDir}`, `--publicDir=${publicDir}`],
    { stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit', env: { ...process.env, ...env } },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://${http}`;
  await Promise.race([
    waitForHealth(url),
    exited.then((code) => {
      throw new Error(`jindu serve exited early (code ${code}); is ${http} already in use?`);
    }),
  ]);
  return {
    url,
    child,
    /** Stops the server gracefully and waits for it to exit. */
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    /** Kills the server at once, as a crash or a pulled plug would, and waits for it to exit. */
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * Polls `/api/health` until it answers 200 or the timeout passes.
 * @param {string} url
 * @param {number} [timeoutMs]
 */
export async function waitForHealth(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`PocketBase at ${url} did not become healthy within ${timeoutMs} ms`);
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
