// @ts-check
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * The URL path of a locale's search index in a built site, named by its content
 * (/search-index/<locale>.<hash>.json, see src/lib/search/builtIndex.ts).
 * @param {string} site the built site's folder @param {string} locale
 */
export async function searchIndexPath(site, locale) {
  const named = new RegExp(`^${locale}\\.[0-9a-f]{12}\\.json$`);
  const files = (await readdir(path.join(site, 'search-index'))).filter((name) => named.test(name));
  if (files.length !== 1)
    throw new Error(`${site} holds ${files.length} search indexes for ${locale}, not one`);
  return `/search-index/${files[0]}`;
}
