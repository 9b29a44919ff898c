import { createHash } from 'node:crypto';
import type { Locale } from '../locale';
import { buildSearchIndex } from './buildIndex';
import { searchDocuments } from './documentsFromContent';

/** A locale's index as the build writes it: the file's text, and the URL it is served at. */
export interface BuiltSearchIndex {
  json: string;
  url: string;
}

/** The last index made per locale, with the documents it was made from. */
const built = new Map<Locale, { documents: string; index: BuiltSearchIndex }>();

/**
 * A locale's index, for the endpoint that writes it and for every page whose search box
 * downloads it. Its URL is named by its content (/search-index/en.<hash>.json), so a browser
 * keeps it without asking again (the server sends /search-index/ as immutable): the search box
 * on the next page, or on a kiosk whose network has dropped, starts from the cache, and a build
 * that changes the index changes the URL. Made once per set of documents: once per build, and
 * again in the dev server when content is edited (the Chinese index takes about a second).
 */
export async function builtSearchIndex(locale: Locale): Promise<BuiltSearchIndex> {
  const documents = await searchDocuments(locale);
  const key = JSON.stringify(documents);
  const last = built.get(locale);
  if (last?.documents === key) return last.index;
  const json = JSON.stringify(buildSearchIndex(documents));
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
  const index = { json, url: `/search-index/${locale}.${hash}.json` };
  built.set(locale, { documents: key, index });
  return index;
}
