import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/lib/search/tokenize';

/** Whether every token of the query is among the document's: what a match needs. */
function finds(document: string, query: string): boolean {
  const indexed = new Set(tokenize(document));
  return tokenize(query).every((token) => indexed.has(token));
}

describe('Chinese search tokens', () => {
  test('slang the segmenter splits still matches as a whole (冰毒, K粉, 摇头丸)', () => {
    expect(tokenize('拒绝冰毒和大麻的诱惑')).toContain('冰毒');
    expect(finds('俗称K粉的氯胺酮', 'K粉')).toBe(true);
    expect(finds('彩色药片，俗称摇头丸', '摇头丸')).toBe(true);
  });

  test('a single character finds the words that contain it (冰 → 冰毒)', () => {
    expect(finds('冰毒是甲基苯丙胺', '冰')).toBe(true);
  });

  test('characters that are not adjacent in the text do not make a bigram', () => {
    expect(finds('冰糖和毒蘑菇', '冰毒')).toBe(false);
  });

  test('punctuation and quotes are not tokens', () => {
    expect(tokenize('“奶茶”小包！')).not.toContain('”');
    expect(finds('伪装成“奶茶”的毒品', '奶茶')).toBe(true);
  });
});

describe('English search tokens', () => {
  test('are lower-cased words', () => {
    expect(tokenize('Special K, Molly')).toEqual(['special', 'k', 'molly']);
  });

  test('full-width Latin typed on a Chinese keyboard matches ordinary text', () => {
    expect(finds('MDMA tablets', 'ＭＤＭＡ')).toBe(true);
  });

  test('mixed Chinese and English text yields both kinds', () => {
    const tokens = tokenize('LSD 俗称“邮票”');
    expect(tokens).toContain('lsd');
    expect(tokens).toContain('邮票');
  });
});
