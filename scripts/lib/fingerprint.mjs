// @ts-check
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

const skippedDirs = new Set(['node_modules', 'bin', 'pb_data', 'dist', '.astro', '.git']);

/**
 * A hash of the content of every file under `inputs` (files or directories, relative to `base`)
 * plus `extra` strings such as env settings. Content, not mtimes: a fresh clone has new mtimes.
 * @param {string} base
 * @param {string[]} inputs
 * @param {string[]} [extra]
 */
export async function fingerprint(base, inputs, extra = []) {
  const hash = createHash('sha256');
  for (const file of (await listFiles(base, inputs)).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(base, file)))
      .update('\0');
  }
  for (const value of extra) hash.update(value).update('\0');
  return hash.digest('hex');
}

/**
 * @param {string} base
 * @param {string[]} inputs
 * @returns {Promise<string[]>}
 */
async function listFiles(base, inputs) {
  /** @type {string[]} */
  const files = [];
  for (const input of inputs) {
    const full = path.join(base, input);
    if (!existsSync(full)) continue;
    const entries = await readdir(full, { withFileTypes: true, recursive: true }).catch(() => null);
    if (!entries) {
      files.push(input);
      continue;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const relative = path.relative(base, path.join(entry.parentPath, entry.name));
      if (relative.split(path.sep).some((part) => skippedDirs.has(part))) continue;
      files.push(relative);
    }
  }
  return files;
}

/**
 * Whether the output recorded in `stampFile` was built from exactly `print`.
 * @param {string} stampFile
 * @param {string} print
 */
export async function isFresh(stampFile, print) {
  const recorded = await readFile(stampFile, 'utf8').catch(() => '');
  return recorded.trim() === print;
}

/**
 * Records that the output was built from `print`.
 * @param {string} stampFile
 * @param {string} print
 */
export async function writeStamp(stampFile, print) {
  await mkdir(path.dirname(stampFile), { recursive: true });
  await writeFile(stampFile, `${print}\n`);
}
