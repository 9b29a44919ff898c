import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  freePort,
  migrate,
  startServer,
  syncQuizzes,
  upsertSuperuser,
} from '../../scripts/lib/pocketbase.mjs';

/** The tests' own quiz definitions, synced beside the real ones. */
export const testQuizzes = 'tests/fixtures/quizzes-extra';

/**
 * The test servers' proof-of-work difficulty: a fifth of production's, so suites that sign
 * hundreds of times (each signer with a device token of its own) stay quick. The work is checked
 * the same way at any difficulty.
 */
export const testPowMaxNumber = 20_000;

/** The superuser every test server gets; the data dir is thrown away afterwards. */
export const superuser = { email: 'organiser@jindu.test', password: 'jindu-test-password-1' };

/**
 * Starts the built `pocketbase/bin/jindu` on a fresh temp data dir and a free port, serving
 * the built site, with a superuser and the question banks synced as `npm start` does (plus the
 * tests' own quizzes, whose windows do not depend on today's date). The caller must have built
 * both (npm test does).
 */
export async function startTestServer() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'jindu-pb-'));
  await migrate(dataDir);
  await upsertSuperuser(dataDir, superuser.email, superuser.password);
  await syncQuizzes(dataDir, { extra: [testQuizzes], quiet: true });
  const http = `127.0.0.1:${await freePort()}`;
  const launch = () =>
    startServer({
      dataDir,
      http,
      quiet: true,
      // roll the dashboard's figures up every second, so tests see them at once
      env: { JINDU_POW_MAX_NUMBER: String(testPowMaxNumber), JINDU_ROLLUP_SECONDS: '1' },
    });
  let server = await launch();
  return {
    url: server.url,
    /** Kills the server at once, as a crash or a pulled plug would: no graceful shutdown. */
    kill: () => server.kill(),
    /** Starts it again on the same address and data, after `kill`. */
    async restart() {
      server = await launch();
    },
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
