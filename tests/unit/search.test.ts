import { describe, expect, it } from 'vitest';
import { encyclopediaEntry, guide } from '../../src/lib/encyclopedia/schema';
import { locales } from '../../src/lib/locale';
import { buildSearchIndex, indexBuilder } from '../../src/lib/search/buildIndex';
import { packIndex, unpackIndex } from '../../src/lib/search/indexFile';
import { tokenize } from '../../src/lib/search/tokenize';
import { entryDocument, guideDocument, plainText } from '../../src/lib/search/documents';
import { createSearcher, highlight } from '../../src/lib/search/search';
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

/** The same index the build writes to /search-index/<locale>.json. */
function searcherFor(locale: (typeof locales)[number]) {
  return createSearcher(buildSearchIndex(documentsFor(locale)));
}

describe('search over the encyclopedia', () => {
  const searchers = Object.fromEntries(locales.map((locale) => [locale, searcherFor(locale)]));

  it('finds the right entry first for every street name and disguise in the query list', () => {
    const misses = queries.flatMap(({ locale, query, slug }) => {
      const top = searchers[locale]!(query, 1)[0]?.url;
      const expected = `${locale === 'en' ? '/en' : ''}/encyclopedia/${slug}/`;
      return top === expected
        ? []
        : [`${locale} ${query}: got ${top ?? 'nothing'}, want ${expected}`];
    });
    expect(misses).toEqual([]);
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
});

describe('the packed index', () => {
  it('scores exactly as the lunr index it was packed from', () => {
    const builder = indexBuilder(documentsFor('zh-cn'));
    const unpacked = unpackIndex(packIndex(builder));
    const original = builder.build();
    for (const { query } of queries) {
      const run = (index: typeof original) =>
        index
          .query((q) => tokenize(query).forEach((token) => q.term(token, {})))
          .map((hit) => `${hit.ref}:${hit.score.toFixed(6)}`);
      expect(run(unpacked), query).toEqual(run(original));
    }
  });
});

describe('highlighting', () => {
  it('marks Chinese terms anywhere and Latin terms only at word starts', () => {
    expect(highlight('冰毒又叫冰', ['冰毒'])).toEqual([
      { text: '冰毒', match: true },
      { text: '又叫冰', match: false },
    ]);
    expect(highlight('Special K or skunk', ['k']).filter((part) => part.match)).toEqual([
      { text: 'K', match: true },
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
