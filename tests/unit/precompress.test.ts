import { mkdtemp, mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { precompressDir } from '../../src/integrations/precompress';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jindu-precompress-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const page = `<!doctype html><title>禁毒</title>${'<p>看清伪装，远离毒品。</p>'.repeat(50)}`;

describe('precompressing the built site', () => {
  test('text files get brotli and gzip copies beside them that decode to the same bytes', async () => {
    await mkdir(path.join(dir, 'en'));
    await writeFile(path.join(dir, 'en/index.html'), page);
    const built = new Date('2026-01-02T03:04:05Z');
    await utimes(path.join(dir, 'en/index.html'), built, built);

    expect(await precompressDir(dir)).toEqual({ files: 1, variants: 2 });
    const original = await readFile(path.join(dir, 'en/index.html'));
    const br = await readFile(path.join(dir, 'en/index.html.br'));
    const gz = await readFile(path.join(dir, 'en/index.html.gz'));
    expect(brotliDecompressSync(br).equals(original)).toBe(true);
    expect(gunzipSync(gz).equals(original)).toBe(true);
    expect(br.length).toBeLessThan(gz.length);
    // the copies carry the file's own time, so Last-Modified is the same in every coding
    expect((await stat(path.join(dir, 'en/index.html.br'))).mtime).toEqual(built);
  });

  test('images are left alone, and so is a file too small to gain anything', async () => {
    await writeFile(path.join(dir, 'photo.png'), Buffer.alloc(2000, 7));
    await writeFile(path.join(dir, 'robots.txt'), 'User-agent: *\n');

    expect(await precompressDir(dir)).toEqual({ files: 1, variants: 0 });
    await expect(stat(path.join(dir, 'photo.png.br'))).rejects.toThrow();
    await expect(stat(path.join(dir, 'robots.txt.gz'))).rejects.toThrow();
  });
});
