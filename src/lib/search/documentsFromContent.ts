import { entriesIn, guidesIn, slugOf } from '../encyclopedia/entries';
import type { Locale } from '../locale';
import { entryDocument, guideDocument, type SearchDocument } from './documents';

/** Every searchable page of a locale, read from the content collections at build time. */
export async function searchDocuments(locale: Locale): Promise<SearchDocument[]> {
  const entries = (await entriesIn(locale)).map((entry) =>
    entryDocument(slugOf(entry), entry.data, entry.body ?? '', locale),
  );
  const guides = (await guidesIn(locale)).map((guide) =>
    guideDocument(slugOf(guide), guide.data, guide.body ?? '', locale),
  );
  return [...entries, ...guides];
}
