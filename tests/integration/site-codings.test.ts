import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { rawRequest as raw } from '../support/wire';

/** What Chromium sends on every request. */
const chromium = { 'accept-encoding': 'gzip, deflate, br, zstd' };

/** One of each kind of text file the site sends, found in the built home page where hashed. */
async function textFiles(): Promise<string[]> {
  const home = (await raw('/')).body.toString();
  const asset = (ext: string) => home.match(new RegExp(`"(/_astro/[^"]+\\.${ext})"`))?.[1];
  const searchIndex = home.match(/\/search-index\/zh-cn\.[0-9a-f]+\.json/)?.[0];
  const files = ['/', '/en/', asset('js'), asset('css'), searchIndex, '/favicon.svg'];
  expect(files.every(Boolean)).toBe(true);
  return files as string[];
}

describe('text files are sent in the coding the browser prefers, made at build time', () => {
  test('brotli for Chromium: smaller, intact, with its own length and Vary', async () => {
    for (const path of await textFiles()) {
      const plain = await raw(path);
      const br = await raw(path, chromium);
      expect(br.status, path).toBe(200);
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(br.headers['vary'], path).toContain('Accept-Encoding');
      expect(plain.headers['vary'], path).toContain('Accept-Encoding');
      expect(Number(br.headers['content-length']), path).toBe(br.body.length);
      expect(br.body.length, path).toBeLessThan(plain.body.length);
      expect(brotliDecompressSync(br.body).equals(plain.body), path).toBe(true);
      expect(br.headers['etag'], path).not.toBe(plain.headers['etag']);
    }
  });

  test('gzip for a client without brotli, and per q-value', async () => {
    const plain = await raw('/');
    for (const accept of ['gzip, deflate', 'br;q=0.4, gzip;q=0.9']) {
      const zipped = await raw('/', { 'accept-encoding': accept });
      expect(zipped.headers['content-encoding'], accept).toBe('gzip');
      expect(gunzipSync(zipped.body).equals(plain.body), accept).toBe(true);
    }
  });

  test('a browser revalidating its brotli copy gets 304, by ETag or by date', async () => {
    const first = await raw('/en/', chromium);
    const etag = String(first.headers['etag']);
    expect(etag).toMatch(/^".+"$/);
    const byTag = await raw('/en/', { ...chromium, 'if-none-match': etag });
    expect(byTag.status).toBe(304);
    expect(byTag.body.length).toBe(0);
    const since = String(first.headers['last-modified']);
    expect((await raw('/en/', { ...chromium, 'if-modified-since': since })).status).toBe(304);
    // the gzip copy's validator does not match the brotli copy
    const gzipTag = String((await raw('/en/', { 'accept-encoding': 'gzip' })).headers['etag']);
    expect(gzipTag).not.toBe(etag);
    expect((await raw('/en/', { ...chromium, 'if-none-match': gzipTag })).status).toBe(200);
  });

  test('a byte range is cut from the file itself', async () => {
    const en = (await raw('/en/')).body.toString();
    const searchIndex = en.match(/\/search-index\/en\.[0-9a-f]+\.json/)![0];
    const plain = await raw(searchIndex);
    const part = await raw(searchIndex, { ...chromium, range: 'bytes=10-59' });
    expect(part.status).toBe(206);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.headers['content-range']).toBe(`bytes 10-59/${plain.body.length}`);
    expect(part.body.equals(plain.body.subarray(10, 60))).toBe(true);
  });

  test('the 404 page comes in brotli with status 404; the .br files are no pages', async () => {
    const page = await raw('/en/no-such-page/', chromium);
    expect(page.status).toBe(404);
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.body).toString()).toContain('Page not found');
    const head = await raw('/en/no-such-page/', chromium, 'HEAD');
    expect(head.headers['content-length']).toBe(String(page.body.length));
    expect((await raw('/index.html.br', chromium)).status).toBe(404);
  });
});
