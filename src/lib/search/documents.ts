import type { EncyclopediaEntry, Guide } from '../encyclopedia/schema';
import { localizePath, type Locale } from '../locale';

/** What the search index knows about one page; also what a result shows. */
export interface SearchDocument {
  url: string;
  kind: 'entry' | 'guide';
  title: string;
  summary: string;
  /** Street names in both languages, searched with a high boost. */
  aliases: string[];
  /** Proper and chemical names. */
  names: string[];
  /** Everything else on the page, as plain text. */
  text: string;
}

/**
 * Markdown reduced to the words a reader sees: link targets, emphasis marks, heading hashes and
 * table rules carry no meaning for search.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`|]+/g, ' ')
    .replace(/^[\s:-]+$/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The search document of an encyclopedia entry. */
export function entryDocument(
  slug: string,
  entry: EncyclopediaEntry,
  body: string,
  locale: Locale,
): SearchDocument {
  const { harms, overdose, addiction, law } = entry;
  return {
    url: localizePath(`/encyclopedia/${slug}/`, locale),
    kind: 'entry',
    title: entry.title,
    summary: entry.summary,
    aliases: [...entry.aliases.zh, ...entry.aliases.en],
    names: [entry.names.zh, entry.names.en, entry.names.chemical ?? ''].filter(Boolean),
    text: [
      ...entry.appearance,
      ...entry.disguises,
      ...harms.mind.short,
      ...harms.mind.long,
      ...harms.body.short,
      ...harms.body.long,
      ...overdose.signs,
      addiction.dependence,
      law.summary,
      ...law.articles.map((article) => `${article.law} ${article.article} ${article.says}`),
      ...entry.myths.flatMap((myth) => [myth.myth, myth.fact]),
      ...(entry.compare
        ? [entry.compare.ordinary.label, entry.compare.disguised.label, ...entry.compare.tells]
        : []),
      plainText(body),
    ].join(' '),
  };
}

/** The search document of a law, history or prevention guide. */
export function guideDocument(
  slug: string,
  guide: Guide,
  body: string,
  locale: Locale,
): SearchDocument {
  return {
    url: localizePath(`/encyclopedia/${slug}/`, locale),
    kind: 'guide',
    title: guide.title,
    summary: guide.summary,
    aliases: [],
    names: [...body.matchAll(/^##\s+(.+)$/gm)].map((match) => match[1]!.trim()),
    text: plainText(body),
  };
}
