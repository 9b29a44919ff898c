import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { fingerprint, isFresh, writeStamp } from '../../scripts/lib/fingerprint.mjs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jindu-fp-'));
  await mkdir(path.join(dir, 'src', 'pages'), { recursive: true });
  await writeFile(path.join(dir, 'src', 'pages', 'index.astro'), 'hello');
});

test('editing a source file makes the build stale', async () => {
  const before = await fingerprint(dir, ['src']);
  await writeFile(path.join(dir, 'src', 'pages', 'index.astro'), 'hello, world');
  expect(await fingerprint(dir, ['src'])).not.toBe(before);
});

test('adding a file makes the build stale; unrelated folders do not', async () => {
  const before = await fingerprint(dir, ['src']);
  await mkdir(path.join(dir, 'src', 'node_modules'), { recursive: true });
  await writeFile(path.join(dir, 'src', 'node_modules', 'x.js'), 'ignored');
  await writeFile(path.join(dir, 'other.txt'), 'not an input');
  expect(await fingerprint(dir, ['src'])).toBe(before);
  await writeFile(path.join(dir, 'src', 'new.ts'), 'export {}');
  expect(await fingerprint(dir, ['src'])).not.toBe(before);
});

test('a changed setting makes the build stale', async () => {
  expect(await fingerprint(dir, ['src'], ['site=a'])).not.toBe(
    await fingerprint(dir, ['src'], ['site=b']),
  );
});

test('a stamp records which inputs the output was built from', async () => {
  const stamp = path.join(dir, 'cache', 'site.fingerprint');
  expect(await isFresh(stamp, 'abc')).toBe(false);
  await writeStamp(stamp, 'abc');
  expect(await isFresh(stamp, 'abc')).toBe(true);
  expect(await isFresh(stamp, 'abd')).toBe(false);
});
