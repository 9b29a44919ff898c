import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../locale';
import { compareNames } from './sorting';
import type { GuideSlug } from './taxonomy';

export type Entry = CollectionEntry<'encyclopedia'>;
export type GuideFile = CollectionEntry<'guides'>;

/** The slug of a content file: its id without the `<locale>/` folder. */
export function slugOf(file: { id: string }): string {
  return file.id.slice(file.id.indexOf('/') + 1);
}

/** One locale's entries, sorted by name the way that locale reads (pinyin for Chinese). */
export async function entriesIn(locale: Locale): Promise<Entry[]> {
  const entries = await getCollection('encyclopedia', (entry) => entry.id.startsWith(`${locale}/`));
  return entries.sort((a, b) => compareNames(a.data.title, b.data.title, locale));
}

/** One locale's guide by slug; the content test guarantees every guide exists in every locale. */
export async function guideIn(locale: Locale, slug: GuideSlug): Promise<GuideFile> {
  const guides = await getCollection('guides', (guide) => guide.id === `${locale}/${slug}`);
  const guide = guides[0];
  if (!guide) throw new Error(`Guide ${locale}/${slug} is missing`);
  return guide;
}

/** One locale's guides, in reading order. */
export async function guidesIn(locale: Locale): Promise<GuideFile[]> {
  return Promise.all(
    (['law', 'history', 'prevention'] as const).map((slug) => guideIn(locale, slug)),
  );
}
