import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { rawRequest as rawGet } from '../support/wire';

const baseURL = inject('baseURL');

function metaPolicy(html: string): string {
  const match = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/);
  if (!match?.[1]) throw new Error('page has no CSP meta tag');
  return match[1].replaceAll('&#39;', "'");
}

function directive(policy: string, name: string): string {
  return (
    policy
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `)) ?? ''
  );
}

describe('one PocketBase process serves the site and the API', () => {
  test('the home page is served in Chinese at / and in English at /en/', async () => {
    const zh = await fetch(`${baseURL}/`);
    expect(zh.status).toBe(200);
    expect(zh.headers.get('content-type')).toContain('text/html');
    const zhHtml = await zh.text();
    expect(zhHtml).toContain('<html lang="zh-CN"');
    expect(zhHtml).toContain('看清伪装，远离毒品');

    const enHtml = await (await fetch(`${baseURL}/en/`)).text();
    expect(enHtml).toContain('<html lang="en"');
    expect(enHtml).toContain('See through the disguise');
  });

  test('/api/health answers', async () => {
    const response = await fetch(`${baseURL}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ code: 200 });
  });

  test('a directory URL without its slash redirects to the canonical page', async () => {
    const response = await fetch(`${baseURL}/about`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/about/');
  });
});

describe('unknown paths', () => {
  test.each([
    ['/no-such-page/', '页面没有找到', 'zh-CN'],
    ['/en/no-such-page/', 'Page not found', 'en'],
    ['/quiz/no-such-quiz', '页面没有找到', 'zh-CN'],
  ])('%s gets the site 404 page with status 404', async (path, heading, lang) => {
    const response = await fetch(`${baseURL}${path}`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(heading);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  test('an unknown API path gets a JSON 404, not the HTML page', async () => {
    const response = await fetch(`${baseURL}/api/no-such-route`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toMatchObject({ status: 404 });
  });
});

describe('security headers', () => {
  test.each(['/', '/en/about/'])(
    '%s carries the page’s own CSP as a header, plus frame-ancestors',
    async (path) => {
      const response = await fetch(`${baseURL}${path}`);
      const header = response.headers.get('content-security-policy') ?? '';
      const meta = metaPolicy(await response.text());

      expect(directive(header, 'frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(directive(header, 'default-src')).toBe("default-src 'self'");
      // The header must allow exactly the inline scripts Astro hashed, or islands never hydrate.
      expect(directive(header, 'script-src')).toBe(directive(meta, 'script-src'));
      expect(directive(header, 'script-src')).toMatch(/'sha256-/);
      for (const name of ['script-src', 'style-src', 'font-src', 'img-src', 'connect-src']) {
        const sources = directive(header, name).split(/\s+/).slice(1);
        expect(sources.length, name).toBeGreaterThan(0);
        expect(
          sources.filter((source) => !/^('self'|'sha256-[^']+'|data:|blob:)$/.test(source)),
          name,
        ).toEqual([]);
      }
      expect(header).not.toContain('unsafe-inline');
    },
  );

  test('every response carries nosniff, a referrer policy and a permissions policy', async () => {
    for (const path of ['/', '/api/health', '/favicon.svg']) {
      const response = await fetch(`${baseURL}${path}`);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
    }
  });
});

describe('caching and compression', () => {
  test('hashed assets are cached for a year and immutable; pages revalidate', async () => {
    const html = await (await fetch(`${baseURL}/`)).text();
    const asset = html.match(/(?:href|src)="(\/_astro\/[^"]+)"/)?.[1];
    expect(asset).toBeDefined();
    const response = await fetch(`${baseURL}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${baseURL}/`)).headers.get('cache-control')).toBe('no-cache');
  });

  test('each page searches its own locale’s index, named by its content and kept for a year', async () => {
    for (const [page, locale] of [
      ['/', 'zh-cn'],
      ['/en/search/', 'en'],
    ]) {
      const html = await (await fetch(`${baseURL}${page}`)).text();
      const url = html.match(/\/search-index\/([a-z-]+)\.([0-9a-f]{12})\.json/);
      expect(url?.[1], page).toBe(locale);
      const response = await fetch(`${baseURL}${url![0]}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // the name is the content's: a build that changes the index can never be served stale
      const body = Buffer.from(await response.arrayBuffer());
      expect(createHash('sha256').update(body).digest('hex').slice(0, 12)).toBe(url![2]);
      expect(JSON.parse(body.toString()).cards.length).toBeGreaterThan(20);
    }
  });

  test('HTML is gzipped for clients that accept it, and is intact', async () => {
    const plain = await rawGet('/');
    const zipped = await rawGet('/', { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });

  test('API JSON is gzipped too', async () => {
    const response = await rawGet('/api/health', { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(response.body).toString())).toMatchObject({ code: 200 });
  });
});
