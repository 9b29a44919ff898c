import { describe, expect, it } from 'vitest';
import { compareNames, initialOf } from '../../src/lib/encyclopedia/sorting';

describe('entry sorting', () => {
  it('files Chinese names under their pinyin initial', () => {
    expect(initialOf('冰毒（甲基苯丙胺）', 'zh-cn')).toBe('B');
    expect(initialOf('鸦片', 'zh-cn')).toBe('Y');
    expect(initialOf('“奶茶”毒品', 'zh-cn')).toBe('N');
    expect(initialOf('K粉（氯胺酮）', 'zh-cn')).toBe('K');
    expect(initialOf('γ-羟丁酸（GHB）', 'zh-cn')).toBe('Q');
    expect(initialOf('123', 'zh-cn')).toBe('#');
    expect(initialOf('“Stamps”', 'en')).toBe('S');
  });

  it('sorts Chinese by pinyin with Latin-led names among their letter', () => {
    const names = ['鸦片', 'K粉', '冰毒', '“奶茶”毒品', '海洛因', '可卡因', '吗啡'];
    expect(names.sort((a, b) => compareNames(a, b, 'zh-cn'))).toEqual([
      '冰毒',
      '海洛因',
      '可卡因',
      'K粉',
      '吗啡',
      '“奶茶”毒品',
      '鸦片',
    ]);
  });

  it('sorts English alphabetically ignoring quotes and case', () => {
    const names = ['“Stamps”', 'heroin', 'Cocaine', 'ecstasy (MDMA)'];
    expect(names.sort((a, b) => compareNames(a, b, 'en'))).toEqual([
      'Cocaine',
      'ecstasy (MDMA)',
      'heroin',
      '“Stamps”',
    ]);
  });
});
