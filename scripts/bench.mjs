// @ts-check
// `npm run bench -- <name>`: runs bench/<name>.mjs. Benchmarks are never part of `npm test`.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { root } from './lib/paths.mjs';
import { run } from './lib/run.mjs';

const name = process.argv[2];
const benchDir = path.join(root, 'bench');
const available = (await readdir(benchDir)).filter(
  (file) => file.endsWith('.mjs') && !file.startsWith('_'),
);
const script = path.join(benchDir, `${name}.mjs`);
if (!name || !existsSync(script)) {
  console.error(
    `usage: npm run bench -- <name>\navailable: ${available.map((file) => file.replace(/\.mjs$/, '')).join(', ')}`,
  );
  process.exit(2);
}
process.exit(await run(process.execPath, [script, ...process.argv.slice(3)], { cwd: root }));
