import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, test } from 'vitest';
import {
  freePort,
  migrate,
  syncQuizzes,
  upsertSuperuser,
  waitForHealth,
} from '../../scripts/lib/pocketbase.mjs';
import { serverBinary, siteDir } from '../../scripts/lib/paths.mjs';
import { useServer } from '../support/api';
import { mustSign, newDevice, proofs } from '../support/pledgeApi';
import { asSuperuser } from '../support/quizApi';
import { superuser, testQuizzes } from '../support/server';

/**
 * Secrets in the console (issue 13): PocketBase switches itself to dev mode when its binary sits
 * under the temp folder, and dev mode prints every SQL statement with its values, the pledge
 * signing key and each pledge row among them. Here the binary is started from the temp folder,
 * once as is and once with dev mode asked for (JINDU_DEV=1), a pledge is signed, and neither the
 * process's output nor the request log may hold a secret or the pledge's data.
 */

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Starts a copy of the built binary from the temp folder; collects everything it prints. */
async function startFromTemp(env: Record<string, string>) {
  const folder = await mkdtemp(path.join(tmpdir(), 'jindu-devmode-'));
  cleanups.push(() => rm(folder, { recursive: true, force: true }));
  const binary = path.join(folder, 'jindu');
  await copyFile(serverBinary, binary);
  const dataDir = path.join(folder, 'pb_data');
  await migrate(dataDir);
  await upsertSuperuser(dataDir, superuser.email, superuser.password);
  await syncQuizzes(dataDir, { extra: [testQuizzes], quiet: true });
  const http = `127.0.0.1:${await freePort()}`;
  const child: ChildProcess = spawn(
    binary,
    ['serve', `--http=${http}`, `--dir=${dataDir}`, `--publicDir=${siteDir}`],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  cleanups.push(async () => {
    child.kill('SIGTERM');
    await exited;
  });
  await waitForHealth(`http://${http}`);
  return { url: `http://${http}`, dataDir, output: () => output };
}

/** Everything that must never be printed or logged: the server's keys and the pledge's data. */
function secretsAndPledge(dataDir: string, code: string): string[] {
  const db = new DatabaseSync(path.join(dataDir, 'data.db'), { readOnly: true });
  const keys = db.prepare('SELECT value FROM secrets').all() as { value: string }[];
  const pledge = db
    .prepare('SELECT code, masked, school, device_hash, dedupe_hash FROM pledges WHERE code = ?')
    .get(code) as Record<string, string>;
  db.close();
  expect(keys.length).toBeGreaterThan(0);
  return [...keys.map((k) => k.value), ...Object.values(pledge).filter(Boolean)];
}

describe('no secret or personal field is printed or logged', () => {
  test.each([
    ['as started', {}, false],
    ['in dev mode, asked for', { JINDU_DEV: '1' }, true],
  ] as const)(
    'a server started from the temp folder %s prints and logs neither keys nor pledges',
    async (_, env, dev) => {
      const server = await startFromTemp(env);
      useServer(server.url);
      const [device] = [await newDevice()];
      const [proof] = await proofs(1);
      const school = `保密测试学校${Date.now() % 10_000}`;
      const certificate = await mustSign(
        { name: '李保密', province: '110000', city: '110101', school, device },
        proof!,
      );
      // a refused request too, which the request log does keep
      await fetch(`${server.url}/api/jindu/pledges/verify?code=${certificate.code.slice(0, 9)}Z`);
      await sleep(1_500); // the request log is written in batches

      const pb = await asSuperuser();
      const logs = JSON.stringify(await pb.logs.getList(1, 500));
      const printed = server.output();
      // dev mode only when asked: SQL is printed then, and only then
      expect(/INSERT INTO/.test(printed)).toBe(dev);
      const forbidden = [...secretsAndPledge(server.dataDir, certificate.code), school, device!];
      for (const value of forbidden) {
        expect(printed, 'the console').not.toContain(value);
        expect(logs, 'the request log').not.toContain(value);
      }
    },
    60_000,
  );
});
