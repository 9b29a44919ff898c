// @ts-check
// `npm run quizzes:sync`: validates quizzes/ and loads it into PocketBase (JINDU_DATA_DIR), via
// `jindu quizzes sync`, which upserts in one transaction and retires what left the files.
// JINDU_EXTRA_QUIZZES (folders, comma-separated) adds definitions, e.g. the tests' own quizzes.
import { spawn } from 'node:child_process';
import { ensureServer } from './lib/build.mjs';
import { config } from './lib/config.mjs';
import { root, serverBinary } from './lib/paths.mjs';
import { importTypeScript } from './lib/typescript.mjs';

const { dataDir, extraQuizzes: extra } = config;

/** @type {typeof import('../src/lib/quiz/files')} */
const { readQuizFiles, syncPayload } = await importTypeScript('src/lib/quiz/files.ts');
const files = readQuizFiles(root, extra);
if (files.problems.length > 0) {
  console.error(`quizzes/ has ${files.problems.length} problem(s); nothing was synced:`);
  for (const problem of files.problems) console.error(`  ${problem}`);
  process.exit(1);
}

await ensureServer();
const child = spawn(serverBinary, ['quizzes', 'sync', `--dir=${dataDir}`], {
  stdio: ['pipe', 'inherit', 'inherit'],
});
child.stdin.end(JSON.stringify(syncPayload(root, files)));
const code = await new Promise((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
process.exit(code);
