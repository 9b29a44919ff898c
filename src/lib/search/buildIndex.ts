import type { SearchDocument } from './documents';
import { packIndex, type PackedIndex } from './indexFile';
import { exactField, lunr, lunrTokens, stemLatin } from './lunrSetup';
import { spellingsOf, type Spellings } from './spellingData';

/**
 * How much a match in each field counts: a whole street name or title typed exactly outranks
 * everything, then words of titles and street names, then a passing mention.
 */
export const fieldBoosts = {
  [exactField]: 30,
  title: 10,
  aliases: 8,
  names: 6,
  summary: 2,
  text: 1,
} as const;

/** A result card's data, shipped beside the index so results need no second request. */
export interface SearchCard {
  url: string;
  kind: SearchDocument['kind'];
  title: string;
  summary: string;
  aliases: string[];
}

/**
 * The file a locale's search downloads: the packed lunr index, the cards by ref, and the pinyin
 * and Traditional spellings of the index's names.
 */
export interface SearchIndexFile {
  index: PackedIndex;
  cards: SearchCard[];
  spellings: Spellings;
}

/** A title's name and its bracketed alternative: "K粉（氯胺酮）" → K粉, 氯胺酮. */
function titleParts(title: string): string[] {
  return title.split(/[（）()“”"]+/).filter((part) => part.trim());
}

/** A document's whole names: what someone may type exactly, each indexed as one token. */
function wholeNamesOf(document: SearchDocument): string[] {
  return [document.title, ...document.names, ...document.aliases, ...titleParts(document.title)];
}

/**
 * Analyses one locale's documents at build time. The ref of a document is its position in
 * `cards`. Exported for tests, which compare it with the packed index.
 */
export function indexBuilder(documents: SearchDocument[]): lunr.Builder {
  const builder = new lunr.Builder();
  builder.tokenizer = Object.assign(lunrTokens, {
    separator: /\s+/,
  }) as unknown as typeof lunr.tokenizer;
  builder.pipeline.add(stemLatin);
  builder.searchPipeline.add(stemLatin);
  builder.ref('ref');
  for (const [field, boost] of Object.entries(fieldBoosts)) builder.field(field, { boost });
  documents.forEach((document, ref) =>
    builder.add({
      ...document,
      ref: String(ref),
      [exactField]: wholeNamesOf(document),
    }),
  );
  return builder;
}

/** Builds one locale's search file at build time. */
export function buildSearchIndex(documents: SearchDocument[]): SearchIndexFile {
  return {
    index: packIndex(indexBuilder(documents)),
    cards: documents.map(({ url, kind, title, summary, aliases }) => ({
      url,
      kind,
      title,
      summary,
      aliases,
    })),
    // Pinyin for entries' names and aliases; a guide's "names" are its headings.
    spellings: spellingsOf(
      documents.flatMap((document) =>
        document.kind === 'entry' ? wholeNamesOf(document) : titleParts(document.title),
      ),
    ),
  };
}
