import { describe, expect, it } from 'vitest';
import { stemWord } from '../../src/lib/search/lunrSetup';
import { nameUnits, pinyinReader } from '../../src/lib/search/pinyin';
import { readQuery, type ReadingContext } from '../../src/lib/search/queryReading';
import { relevantHits } from '../../src/lib/search/relevance';
import { spellingsOf } from '../../src/lib/search/spellingData';
import { simplifier } from '../../src/lib/search/traditional';
import { soundKey, typoCorrector, typoDistance } from '../../src/lib/search/typos';

describe('pinyin', () => {
  const names = ['跳跳糖', 'K粉', '长治筋', '笑气', '冰'];
  const { pinyin } = spellingsOf(names);
  const read = pinyinReader(pinyin, names);
  const han = (query: string) => read(query.split(' ')).flatMap((span) => span.han);

  it('reads a name spelled in full, with or without spaces', () => {
    expect(han('tiaotiaotang')).toEqual(['跳跳糖']);
    expect(han('tiao tiao tang')).toEqual(['跳跳糖']);
    expect(han('xiao qi')).toEqual(['笑气']);
    expect(han('kfen')).toEqual(['K粉']);
    expect(han('bing')).toEqual(['冰']);
  });

  it('reads characters as the name reads them (长 in 长治筋 is chang)', () => {
    expect(han('changzhijin')).toEqual(['长治筋']);
    expect(han('zhangzhijin')).toEqual([]);
  });

  it('reads the first two or more syllables as the first characters, nothing less', () => {
    expect(han('tiaotiao')).toEqual(['跳跳']);
    expect(han('tiao')).toEqual([]);
    expect(han('tiaotia')).toEqual([]);
  });

  it('finds a name among other words, and leaves English alone', () => {
    expect(read(['is', 'xiao', 'qi', 'legal'])).toEqual([{ start: 1, end: 3, han: ['笑气'] }]);
    expect(han('laughing gas')).toEqual([]);
  });

  it('splits names into what is typed: characters and Latin runs, no punctuation', () => {
    expect(nameUnits('“K粉”')).toEqual(['k', '粉']);
  });
});

describe('Traditional characters', () => {
  it('fold to Simplified for the characters of the names only', () => {
    const { traditional } = spellingsOf(['鸦片', '摇头丸']);
    const simplify = simplifier(traditional);
    expect(simplify('鴉片')).toBe('鸦片');
    expect(simplify('搖頭丸')).toBe('摇头丸');
    // 國 is not in any name, so the map does not carry it.
    expect(traditional).not.toContain('國');
  });
});

describe('typos', () => {
  it('hear common misspellings as the word they mean', () => {
    expect(soundKey(stemWord('extacy'))).toBe(soundKey(stemWord('ecstasy')));
    expect(soundKey(stemWord('metamfetamine'))).toBe(soundKey(stemWord('methamphetamine')));
    expect(soundKey(stemWord('fentanil'))).toBe(soundKey(stemWord('fentanyl')));
  });

  it('count a swap of two letters as one typo', () => {
    expect(typoDistance('cocaine', 'cocaien', 2)).toBe(1);
    expect(typoDistance('heroin', 'cocaine', 2)).toBe(3);
  });

  const correct = typoCorrector(
    ['heroin', 'ketamin', 'ketamine', 'khat', 'methamphetamin'],
    stemWord,
  );

  it('allow one typo from five letters and two from eight', () => {
    expect(correct('herion')).toEqual(['heroin']);
    expect(correct('kitamine')).toEqual(['ketamin', 'ketamine']);
    expect(correct('methanphetanine')).toEqual(['methamphetamin']);
  });

  it('leave words under five letters alone, and words far from any', () => {
    expect(correct('kaht')).toEqual([]);
    expect(correct('kratom')).toEqual([]);
  });
});

describe('reading a query', () => {
  const context: ReadingContext = {
    simplify: simplifier('氣气'),
    readPinyin: pinyinReader(spellingsOf(['笑气']).pinyin, ['笑气']),
    names: ['laughing gas', '上头电子烟', '笑气'],
    indexed: (word) => ['laugh', 'ga', 'legal', 'china'].includes(stemWord(word)),
    known: (word) => ['laugh', 'ga', 'legal', 'china'].includes(stemWord(word)),
    correct: () => [],
  };
  const units = (query: string) =>
    readQuery(query, context).map((unit) => `${unit.name ? 'name:' : ''}${unit.forms[0]!.text}`);

  it('keeps a whole name as one unit', () => {
    expect(units('上头电子烟')).toEqual(['name:上头电子烟']);
    expect(units('What is laughing gas?')).toEqual(['name:laughing gas']);
  });

  it('drops the words a question is made of, in both languages', () => {
    expect(units('什么是笑气？')).toEqual(['name:笑气']);
    expect(units('笑氣是毒品嗎')).toEqual(['name:笑气', '毒品']);
    expect(units('is it legal in China')).toEqual(['legal', 'china']);
  });

  it('turns pinyin into the name it spells', () => {
    expect(units('xiaoqi')).toEqual(['name:笑气']);
  });
});

describe('the relevance cut-off', () => {
  type Hit = { ref: string; score: number; holds: string[] };
  const hits: Hit[] = [
    { ref: 'named', score: 100, holds: ['name', 'word'] },
    { ref: 'mentions', score: 10, holds: ['name'] },
    { ref: 'in passing', score: 2, holds: ['name'] },
    { ref: 'unrelated', score: 5, holds: ['word'] },
  ];
  const cut = (units: string[], names: string[]) =>
    relevantHits(
      hits,
      units,
      (hit, unit) => hit.holds.includes(unit),
      (unit) => names.includes(unit),
    ).map((hit) => hit.ref);

  it('lists what holds every name, less passing mentions, whatever else the query says', () => {
    expect(cut(['name', 'word'], ['name'])).toEqual(['named', 'mentions']);
  });

  it('without names, lists what holds every unit anything holds', () => {
    expect(cut(['name', 'word', 'unknown'], [])).toEqual(['named']);
    expect(cut(['unknown'], [])).toEqual([]);
  });
});
