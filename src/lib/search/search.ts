import type { SearchCard, SearchIndexFile } from './buildIndex';
import { highlight, type Highlighted, type HighlightTerms } from './highlight';
import { unpackIndex } from './indexFile';
import { exactField, lunr, phrase, stemWord } from './lunrSetup';
import { pinyinReader } from './pinyin';
import { readQuery, type QueryForm, type QueryUnit, type ReadingContext } from './queryReading';
import { relevantHits } from './relevance';
import { tokenize } from './tokenize';
import { simplifier } from './traditional';
import { hasTerm, termsFrom } from './termList';
import { typoCorrector } from './typos';

export { highlight, type Highlighted };

/** A query's results, and the words of it that were searched as close spellings. */
export interface SearchAnswer {
  results: SearchResult[];
  misspelt: string[];
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
const hanRun = /\p{Script=Han}+/gu;

/**
 * The index terms a text form needs, all of them: each run's bigrams (its character when
 * alone) and its Latin words, stemmed. 上头电子烟 needs 上头, 头电, 电子 and 子烟.
 */
function keyTerms(text: string): string[] {
  const terms = (text.match(/[a-z0-9]+/g) ?? []).map(stemWord);
  for (const run of text.match(hanRun) ?? []) {
    const characters = [...run];
    if (characters.length === 1) terms.push(run);
    for (let i = 0; i + 1 < characters.length; i++) terms.push(characters[i]! + characters[i + 1]!);
  }
  return terms;
}

/**
 * The test of whether a result holds a form of a unit, given the index terms it matched; made
 * once per query, run on every hit.
 */
function holdsTest(form: QueryForm, name: boolean): (matched: Set<string>) => boolean {
  switch (form.kind) {
    case 'text': {
      const whole = phrase(form.text);
      const needed = keyTerms(form.text);
      return (matched) =>
        (name && matched.has(whole)) ||
        (needed.length > 0 && needed.every((term) => matched.has(term)));
    }
    case 'word': {
      const stem = stemWord(form.text);
      return (matched) => matched.has(stem) || matched.has(form.text);
    }
    case 'prefix':
      return (matched) => [...matched].some((term) => term.startsWith(form.text));
    case 'term':
      return (matched) => matched.has(form.text);
  }
}

/** The lunr clauses of one form. Longer pieces of Chinese say more than single characters. */
function addClauses(
  query: lunr.Query,
  form: QueryForm,
  name: boolean,
  expand: (prefix: string) => string[],
) {
  const boost = form.boost;
  switch (form.kind) {
    case 'text':
      if (name) query.term(phrase(form.text), { fields: [exactField], boost, usePipeline: false });
      for (const token of tokenize(form.text)) {
        const weight = [...token].length > 1 && !latinWord.test(token) ? 3 : 1;
        query.term(stemWord(token), { boost: boost * weight, usePipeline: false });
      }
      break;
    case 'word':
      query.term(stemWord(form.text), { boost, usePipeline: false });
      if (stemWord(form.text) !== form.text)
        query.term(form.text, { fields: [exactField], boost, usePipeline: false });
      break;
    case 'prefix':
      for (const term of expand(form.text)) query.term(term, { boost, usePipeline: false });
      break;
    case 'term':
      query.term(form.text, { boost, usePipeline: false });
  }
}

/** What to mark in a result: text forms as they are, Latin words by their stems. */
function highlightTerms(units: QueryUnit[]): HighlightTerms {
  const forms = units.flatMap((unit) => unit.forms);
  const pieces = forms
    .filter((form) => form.kind === 'text')
    .flatMap((form) => form.text.split(/[^\p{L}\p{N} ]+/u))
    .filter((piece) => piece.trim());
  const stems = new Set(
    forms.flatMap((form) =>
      form.kind === 'word'
        ? [form.text, stemWord(form.text)]
        : form.kind === 'term'
          ? [form.text]
          : [],
    ),
  );
  const prefixes = forms.filter((form) => form.kind === 'prefix').map((form) => form.text);
  // Only words that begin like a stem are worth stemming.
  const starts = new Set([...stems].map((stem) => stem.slice(0, 2)));
  return {
    pieces,
    word: (word) =>
      stems.has(word) ||
      prefixes.some((prefix) => word.startsWith(prefix)) ||
      (starts.has(word.slice(0, 2)) && stems.has(stemWord(word))),
  };
}

/** A searcher over one locale's prebuilt index. */
export function createSearcher(file: SearchIndexFile) {
  const { index, wholeNames } = unpackIndex(file.index);
  const terms = file.index.terms;
  let context: ReadingContext | undefined;

  const indexed = (word: string) => hasTerm(terms, word) || hasTerm(terms, stemWord(word));
  /** Whether some index term is the word or starts with it. */
  const known = (word: string) => indexed(word) || termsFrom(terms, word).length > 0;

  /** The reader's data, made on the first query rather than when the index loads. */
  function readingContext(): ReadingContext {
    if (context) return context;
    // Longest first, so the reader finds 上头电子烟 before 上头烟 could match a part of it.
    const names = wholeNames.sort((a, b) => b.length - a.length);
    // Spelling every name in pinyin waits for the first query with Latin letters, and the
    // typo vocabulary for the first word the index lacks.
    let readPinyin: ReturnType<typeof pinyinReader> | undefined;
    let correct: ReturnType<typeof typoCorrector> | undefined;
    context = {
      simplify: simplifier(file.spellings.traditional),
      readPinyin: (words) => (readPinyin ??= pinyinReader(file.spellings.pinyin, names))(words),
      names,
      indexed,
      known,
      correct: (word) =>
        (correct ??= typoCorrector(
          terms.filter((term) => /^[a-z]{3,}$/.test(term)),
          stemWord,
        ))(word),
    };
    return context;
  }

  /**
   * A query's best `limit` results, best first: only those that match it (see relevance.ts);
   * and the words of it that no page uses, searched as the index's close spellings instead
   * ("extacy" as ecstasy, "poppers" as paper and power): a reader should know that results for
   * them are not about the word typed.
   */
  function answer(query: string, limit = 20): SearchAnswer {
    const units = query.trim() ? readQuery(query, readingContext()) : [];
    const misspelt = units
      .filter((unit) => unit.forms.some((form) => form.kind === 'term'))
      .map((unit) => unit.forms[0]!.text);
    return { results: resultsFor(units, limit), misspelt };
  }

  function resultsFor(units: QueryUnit[], limit: number): SearchResult[] {
    if (units.length === 0) return [];
    const hits = index.query((builder) => {
      for (const unit of units)
        for (const form of unit.forms)
          addClauses(builder, form, unit.name, (prefix) => termsFrom(terms, prefix));
    });
    const tests = new Map(
      units.map((unit) => [unit, unit.forms.map((form) => holdsTest(form, unit.name))]),
    );
    const matched = new Map(hits.map((hit) => [hit, new Set(Object.keys(hit.matchData.metadata))]));
    const relevant = relevantHits(
      hits,
      units,
      (hit, unit) => tests.get(unit)!.some((holds) => holds(matched.get(hit)!)),
      (unit) => unit.name,
    );
    const marks = highlightTerms(units);
    return relevant.slice(0, limit).map((hit) => {
      const card = file.cards[Number(hit.ref)]!;
      const matchedAliases = card.aliases.filter((alias) =>
        highlight(alias, marks).some((part) => part.match),
      );
      return {
        ...card,
        score: hit.score,
        titleParts: highlight(card.title, marks),
        summaryParts: highlight(card.summary, marks),
        matchedAliases,
        aliasParts: highlight(matchedAliases.join(' · '), marks),
      };
    });
  }

  /** The best `limit` results for a query, best first. */
  const search = (query: string, limit = 20) => answer(query, limit).results;

  return Object.assign(search, { answer });
}

export type Search = ReturnType<typeof createSearcher>;
