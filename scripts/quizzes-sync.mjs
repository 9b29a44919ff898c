// @ts-check
// `npm run quizzes:sync`: validates quizzes/ and loads it into PocketBase (JINDU_DATA_DIR), via
// `jindu quizzes sync`, which upserts in one transaction and retires what left the files.
// JINDU_EXTRA_QUIZZES (folders, comma-separated) adds definitions, e.g. the tests' own quizzes.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureServer } from './lib/build.mjs';
import { root, serverBinary } from './lib/paths.mjs';
import { importTypeScript } from './lib/typescript.mjs';

const dataDir = path.resolve(root, process.env.JINDU_DATA_DIR ?? 'pocketbase/pb_data');
const extra = (process.env.JINDU_EXTRA_QUIZZES ?? '').split(',').filter(Boolean);

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
