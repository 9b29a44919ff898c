import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Every page of the built site as a URL path ('/', '/en/about/', …), read from dist/ so a new
 * page is covered by the walking tests (origins, axe, layout) without being listed by hand.
 * The 404 pages are left out: they are reached through unknown URLs instead.
 */
export function builtPages(): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${path.dirname(file).split(path.sep).join('/')}/`.replace(/^\/\.\/$/, '/'))
    .map((page) => page.replace(/\/+/g, '/'))
    .sort();
}

/** One unknown URL per locale, to reach each locale's 404 page through the server. */
export const unknownPages = ['/no-such-page/', '/en/no-such-page/'] as const;
