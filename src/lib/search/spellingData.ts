import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { nameUnits, type CharacterReadings } from './pinyin';

/**
 * Build-time only: what the browser needs to read pinyin and Traditional characters, made for
 * the index's own names so neither dictionary is shipped whole.
 */
export interface Spellings {
  /** Toneless pinyin of the characters of the names, as read in them (see pinyin.ts). */
  pinyin: CharacterReadings;
  /** Traditional and variant characters, each followed by its Simplified form (see traditional.ts). */
  traditional: string;
}

const han = /\p{Script=Han}/u;

/**
 * The readings of the names' characters, grouped by syllable. pinyin-pro reads each name in
 * context (长 in 长治筋 is chang), so a character keeps only the readings its names use.
 */
function characterReadings(names: string[]): CharacterReadings {
  const bySyllable = new Map<string, Set<string>>();
  for (const name of names) {
    const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed', v: true });
    const characters = nameUnits(name).filter((unit) => han.test(unit));
    characters.forEach((character, i) => {
      const syllable = syllables[i];
      if (!syllable || !/^[a-z]+$/.test(syllable)) return;
      bySyllable.set(syllable, (bySyllable.get(syllable) ?? new Set()).add(character));
    });
  }
  return [...bySyllable]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([syllable, characters]) => syllable + [...characters].sort().join(''))
    .join('|');
}

let traditionalToSimplified: Map<string, string> | undefined;

/**
 * Every CJK character that OpenCC simplifies to another single character, as written in Taiwan
 * or Hong Kong; worked out once per build.
 */
function simplifications(): Map<string, string> {
  if (traditionalToSimplified) return traditionalToSimplified;
  const converters = [
    OpenCC.Converter({ from: 'tw', to: 'cn' }),
    OpenCC.Converter({ from: 'hk', to: 'cn' }),
  ];
  traditionalToSimplified = new Map();
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const character = String.fromCodePoint(code);
    for (const convert of converters) {
      const simplified = convert(character);
      if (simplified !== character && [...simplified].length === 1)
        traditionalToSimplified.set(character, simplified);
    }
  }
  return traditionalToSimplified;
}

/** Pinyin and Traditional→Simplified pairs for the Han names of one locale's index. */
export function spellingsOf(names: Iterable<string>): Spellings {
  const hanNames = [...new Set(names)].filter((name) => han.test(name)).sort();
  const characters = new Set(hanNames.flatMap((name) => name.match(/\p{Script=Han}/gu) ?? []));
  let traditional = '';
  for (const [from, to] of simplifications()) if (characters.has(to)) traditional += from + to;
  return {
    pinyin: characterReadings(hanNames),
    traditional,
  };
}
