// @ts-check
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { cacheDir, root } from './paths.mjs';

/**
 * Imports a TypeScript module from src/ into a plain Node script, so commands such as
 * `npm run quizzes:sync` run the very validator the tests and the site build use. esbuild
 * bundles our code (packages stay external) into the cache folder.
 * @param {string} entry a path relative to the repository root, e.g. 'src/lib/quiz/files.ts'
 * @returns {Promise<any>}
 */
export async function importTypeScript(entry) {
  const outfile = path.join(cacheDir, 'ts', `${entry.replace(/[\\/]/g, '_')}.mjs`);
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
