// @ts-check
import { existsSync } from 'node:fs';
import path from 'node:path';
import { config } from './config.mjs';
import { fingerprint, isFresh, writeStamp } from './fingerprint.mjs';
import { cacheDir, root, serverBinary, serverDir, siteDir } from './paths.mjs';
import { mustRun } from './run.mjs';

const serverStamp = path.join(path.dirname(serverBinary), '.fingerprint');
const siteStamp = path.join(cacheDir, 'site.fingerprint');

/**
 * Builds pocketbase/bin/jindu unless it exists and its Go sources are unchanged.
 * @param {{ force?: boolean }} [options]
 */
export async function ensureServer({ force = false } = {}) {
  const print = await fingerprint(serverDir, ['.']);
  if (!force && existsSync(serverBinary) && (await isFresh(serverStamp, print))) return false;
  console.log('› building the PocketBase server (pocketbase/bin/jindu)…');
  await mustRun('go', ['build', '-trimpath', '-ldflags', '-s -w', '-o', serverBinary, '.'], {
    cwd: serverDir,
    env: { ...process.env, CGO_ENABLED: '0' },
  });
  await writeStamp(serverStamp, print);
  return true;
}

/**
 * Builds the static site into dist/ unless it exists and nothing it is made from changed.
 * @param {{ force?: boolean }} [options]
 */
export async function ensureSite({ force = false } = {}) {
  const inputs = ['src', 'public', 'content', 'quizzes', 'astro.config.mjs', 'package-lock.json'];
  const print = await fingerprint(root, inputs, [`site=${config.siteUrl}`]);
  const built = existsSync(path.join(siteDir, 'index.html'));
  if (!force && built && (await isFresh(siteStamp, print))) return false;
  console.log('› building the site (dist/)…');
  await mustRun(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
  });
  await writeStamp(siteStamp, print);
  return true;
}
