import { describe, expect, it } from 'vitest';
import { encyclopediaEntry, guide } from '../../src/lib/encyclopedia/schema';
import { locales } from '../../src/lib/locale';
import { buildSearchIndex, indexBuilder } from '../../src/lib/search/buildIndex';
import { packIndex, unpackIndex } from '../../src/lib/search/indexFile';
import { lunr } from '../../src/lib/search/lunrSetup';
import { hasTerm, termLookup, termsFrom } from '../../src/lib/search/termList';
import { tokenize } from '../../src/lib/search/tokenize';
import { entryDocument, guideDocument, plainText } from '../../src/lib/search/documents';
import { createSearcher, highlight, type SearchResult } from '../../src/lib/search/search';
import queries from '../support/search-queries.json' with { type: 'json' };
import { readCollection } from '../support/content';

/** A locale's search documents, made from the content files the way the build makes them. */
function documentsFor(locale: (typeof locales)[number]) {
  const entries = readCollection('encyclopedia').filter((file) => file.locale === locale);
  const guides = readCollection('guides').filter((file) => file.locale === locale);
  return [
    ...entries.map((file) =>
      entryDocument(file.slug, encyclopediaEntry.parse(file.data), file.body, locale),
    ),
    ...guides.map((file) => guideDocument(file.slug, guide.parse(file.data), file.body, locale)),
  ];
}

/** The same index the build writes to /search-index/<locale>.<hash>.json. */
function searcherFor(locale: (typeof locales)[number]) {
  return createSearcher(buildSearchIndex(documentsFor(locale)));
}

describe('search over the encyclopedia', () => {
  const searchers = Object.fromEntries(locales.map((locale) => [locale, searcherFor(locale)]));

  it('finds the right entry first for every query in the list: street names, pinyin, Traditional, typos, questions', () => {
    const misses = queries.flatMap(({ kind, locale, query, slug }) => {
      const top = searchers[locale]!(query, 1)[0]?.url;
      const expected = `${locale === 'en' ? '/en' : ''}/encyclopedia/${slug}/`;
      return top === expected
        ? []
        : [`${locale} ${kind} ${query}: got ${top ?? 'nothing'}, want ${expected}`];
    });
    expect(misses).toEqual([]);
  });

  it('lists only the pages that hold a specific street name, not every page sharing a character', () => {
    const zh = searchers['zh-cn']!;
    expect(zh('跳跳糖', 50).map((result) => result.url)).toEqual(['/encyclopedia/popping-candy/']);
    expect(zh('笑气', 50).map((result) => result.url)).toEqual(['/encyclopedia/nitrous-oxide/']);
    const vapes = zh('上头电子烟', 50);
    expect(vapes[0]?.url).toBe('/encyclopedia/headrush-vape/');
    expect(vapes.length).toBeLessThanOrEqual(3);
    expect(searchers.en!('popping candy', 50).map((result) => result.url)).toEqual([
      '/en/encyclopedia/popping-candy/',
    ]);
  });

  it('reads pinyin with or without spaces, and the first syllables as you type', () => {
    const zh = searchers['zh-cn']!;
    for (const query of ['tiaotiaotang', 'tiao tiao tang', 'TiaoTiao'])
      expect(zh(query, 1)[0]?.url, query).toBe('/encyclopedia/popping-candy/');
    expect(searchers.en!('xiaoqi', 1)[0]?.url).toBe('/en/encyclopedia/nitrous-oxide/');
  });

  it('says which words no page uses and were searched as close spellings', () => {
    const en = searchers.en!;
    expect(en.answer('extacy').misspelt).toEqual(['extacy']);
    // "poppers" (no entry) is read as paper and power: the results are not about poppers
    expect(en('poppers', 20).length).toBeGreaterThan(0);
    expect(en.answer('Poppers and ice').misspelt).toEqual(['poppers']);
    for (const query of ['molly', 'ecst', 'ice', '冰毒', 'bingdu'])
      expect(en.answer(query).misspelt, query).toEqual([]);
    expect(searchers['zh-cn']!.answer('metamfetamine 危害').misspelt).toEqual(['metamfetamine']);
  });

  it('finds a typo only in words of five letters or more', () => {
    expect(searchers.en!('extacy', 1)[0]?.url).toBe('/en/encyclopedia/mdma/');
    expect(searchers.en!('kaht', 10)).toEqual([]);
  });

  it('finds the entry a question asks about, however the question is put', () => {
    expect(searchers['zh-cn']!('什么是笑气？', 50).map((result) => result.url)).toEqual([
      '/encyclopedia/nitrous-oxide/',
    ]);
    expect(searchers.en!('is khat legal in China', 1)[0]?.url).toBe('/en/encyclopedia/khat/');
  });

  it('finds Chinese street names from the English site too, and full-width letters', () => {
    expect(searchers.en!('摇头丸', 1)[0]?.url).toBe('/en/encyclopedia/mdma/');
    expect(searchers['zh-cn']!('Ｋ粉', 1)[0]?.url).toBe('/encyclopedia/ketamine/');
  });

  it('finds words as they are typed, before they are complete', () => {
    expect(searchers.en!('ecsta', 1)[0]?.url).toBe('/en/encyclopedia/mdma/');
  });

  it('returns nothing for an empty or meaningless query', () => {
    expect(searchers['zh-cn']!('   ', 10)).toEqual([]);
    expect(searchers.en!('zzzqqq', 10)).toEqual([]);
  });

  it('reports which street names matched', () => {
    expect(
      searchers.en!('molly', 1)[0]?.matchedAliases.map((alias) => alias.toLowerCase()),
    ).toContain('molly');
  });

  it('marks whole matched terms: the name typed, spelled in pinyin, or a word begun or misspelled', () => {
    const marked = (result: SearchResult | undefined) =>
      [...(result?.titleParts ?? []), ...(result?.summaryParts ?? [])]
        .filter((part) => part.match)
        .map((part) => part.text.toLowerCase());
    expect(marked(searchers['zh-cn']!('跳跳糖', 1)[0])).toContain('跳跳糖');
    expect(marked(searchers['zh-cn']!('tiaotiaotang', 1)[0])).toContain('跳跳糖');
    expect(marked(searchers.en!('ecsta', 1)[0])).toContain('ecstasy');
    expect(marked(searchers.en!('extacy', 1)[0])).toContain('ecstasy');
    expect(marked(searchers.en!('laughing gas', 1)[0])).toContain('laughing gas');
  });
});

describe('the packed index', () => {
  // packing and rebuilding the whole Chinese index takes seconds on a loaded machine
  it('scores exactly as the lunr index it was packed from', { timeout: 30_000 }, () => {
    const builder = indexBuilder(documentsFor('zh-cn'));
    const { index: unpacked } = unpackIndex(packIndex(builder));
    const original = builder.build();
    for (const { query } of queries) {
      const run = (index: typeof original) =>
        index
          .query((q) => tokenize(query).forEach((token) => q.term(token, {})))
          .map((hit) => `${hit.ref}:${hit.score.toFixed(6)}`)
          // equal scores may come in either order; the scores themselves must match
          .sort((a, b) => Number(b.split(':')[1]) - Number(a.split(':')[1]) || a.localeCompare(b));
      expect(run(unpacked), query).toEqual(run(original));
    }
  });
});

describe("the term lookup that stands in for lunr's automaton", () => {
  const terms = ['ecstasi', 'ecstasy', 'egg', '冰', '冰毒'];
  const lookup = termLookup(terms);
  const expand = (term: string, wildcard = lunr.Query.wildcard.NONE) => {
    const query = new lunr.Query(['text']);
    query.term(term, { wildcard, usePipeline: false });
    // lunr.Index#query makes each clause's token set this way; @types/lunr leaves it out.
    const { fromClause } = lunr.TokenSet as unknown as {
      fromClause: (clause: lunr.Query.Clause) => lunr.TokenSet;
    };
    return lookup.intersect(fromClause(query.clauses[0]!)).toArray();
  };

  it('finds whole terms, and nothing else, without building the automaton', () => {
    expect(expand('冰毒')).toEqual(['冰毒']);
    expect(expand('冰毒品')).toEqual([]);
    expect(hasTerm(terms, 'egg')).toBe(true);
    expect(termsFrom(terms, 'ecst')).toEqual(['ecstasi', 'ecstasy']);
  });

  it('still answers a wildcard as lunr would', () => {
    expect(expand('ecst', lunr.Query.wildcard.TRAILING).sort()).toEqual(['ecstasi', 'ecstasy']);
  });
});

describe('highlighting', () => {
  const none = () => false;

  it('marks Chinese terms anywhere and Latin terms only at word starts', () => {
    expect(highlight('冰毒又叫冰', { pieces: ['冰毒'], word: none })).toEqual([
      { text: '冰毒', match: true },
      { text: '又叫冰', match: false },
    ]);
    expect(
      highlight('Special K or skunk', { pieces: ['k'], word: none }).filter((part) => part.match),
    ).toEqual([{ text: 'K', match: true }]);
  });

  it('joins overlapping matches into one mark', () => {
    expect(highlight('“跳跳糖”毒品', { pieces: ['跳跳', '跳糖'], word: none })).toEqual([
      { text: '“', match: false },
      { text: '跳跳糖', match: true },
      { text: '”毒品', match: false },
    ]);
  });
});

describe('plain text for the index', () => {
  it('drops Markdown syntax but keeps the words', () => {
    expect(plainText('## 标题\n\n- **加粗** 和 [链接](https://example.org)')).toBe(
      '标题 加粗 和 链接',
    );
  });
});
