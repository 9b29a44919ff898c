import type { SearchCard, SearchIndexFile } from './buildIndex';
import { unpackIndex } from './indexFile';
import { exactField, lunr, phrase } from './lunrSetup';
import { tokenize } from './tokenize';

/** A piece of text, marked when it matched the query, so the UI can wrap it in <mark>. */
export interface Highlighted {
  text: string;
  match: boolean;
}

export interface SearchResult extends SearchCard {
  score: number;
  titleParts: Highlighted[];
  summaryParts: Highlighted[];
  /** The street names that matched, shown under the title ("also called 冰, ice"). */
  matchedAliases: string[];
  /** The same names joined for display, with the matches marked. */
  aliasParts: Highlighted[];
}

const latinWord = /^[a-z0-9]+$/;

/**
 * Splits text around every occurrence of the query's terms. Han terms match anywhere; Latin
 * terms match at word starts, so "k" highlights "K粉" but not every k in "ketamine".
 * @example highlight('冰毒是毒品', ['冰毒']) // [{text:'冰毒',match:true},{text:'是毒品',match:false}]
 */
export function highlight(text: string, terms: string[]): Highlighted[] {
  const patterns = terms
    .filter((term) => term.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((term) => {
      const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return latinWord.test(term) ? `(?<![a-z0-9])${escaped}` : escaped;
    });
  if (patterns.length === 0) return [{ text, match: false }];
  const parts: Highlighted[] = [];
  let last = 0;
  for (const found of text.matchAll(new RegExp(patterns.join('|'), 'giu'))) {
    if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false });
    parts.push({ text: found[0], match: true });
    last = found.index + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** The words to highlight: the query's longest pieces (bigrams and words, single Han characters only when alone). */
function highlightTerms(query: string): string[] {
  const tokens = tokenize(query);
  const long = tokens.filter((token) => [...token].length > 1);
  return long.length > 0 ? long : tokens;
}

/** A searcher over one locale's prebuilt index. */
export function createSearcher(file: SearchIndexFile) {
  const index = unpackIndex(file.index);

  /** The best `limit` results for a query, best first. */
  return function search(query: string, limit = 20): SearchResult[] {
    const tokens = [...new Set(tokenize(query))];
    if (tokens.length === 0) return [];
    const hits = index.query((builder) => {
      builder.term(phrase(query), { fields: [exactField], usePipeline: false });
      for (const token of tokens) {
        // Longer pieces of a Chinese query say more than its single characters.
        builder.term(token, { boost: [...token].length > 1 ? 3 : 1 });
        if (latinWord.test(token) && token.length >= 2) {
          // Search-as-you-type: "ecst" already finds ecstasy.
          builder.term(token, {
            usePipeline: false,
            wildcard: lunr.Query.wildcard.TRAILING,
            boost: 0.5,
          });
        }
      }
    });
    const terms = highlightTerms(query);
    const folded = terms.map((term) => term.toLowerCase());
    return hits.slice(0, limit).map((hit) => {
      const card = file.cards[Number(hit.ref)]!;
      const matchedAliases = card.aliases.filter((alias) => {
        const name = alias.normalize('NFKC').toLowerCase();
        return folded.some((term) => name.includes(term));
      });
      return {
        ...card,
        score: hit.score,
        titleParts: highlight(card.title, terms),
        summaryParts: highlight(card.summary, terms),
        matchedAliases,
        aliasParts: highlight(matchedAliases.join(' · '), terms),
      };
    });
  };
}

export type Search = ReturnType<typeof createSearcher>;
