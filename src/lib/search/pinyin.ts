/**
 * Pinyin typed for a Chinese name: "tiaotiaotang" or "tiao tiao tang" means 跳跳糖. The build
 * ships the toneless readings of the characters in the index's names (see spellingData.ts),
 * each as it is read in those names, so the browser needs no pinyin dictionary: it spells each
 * name of the index from them and reads a query's Latin words against those spellings.
 */

/**
 * Readings of characters, grouped by syllable: `'tang糖|tiao跳'`. A character read two ways in
 * different names (长 in 长治筋) is in both groups.
 */
export type CharacterReadings = string;

/** Parses readings into each character's syllables. */
function readingsByCharacter(readings: CharacterReadings): Map<string, string[]> {
  const byCharacter = new Map<string, string[]>();
  for (const group of readings.split('|')) {
    const syllable = group.match(/^[a-z]+/)?.[0];
    if (!syllable) continue;
    for (const character of group.slice(syllable.length))
      byCharacter.set(character, [...(byCharacter.get(character) ?? []), syllable]);
  }
  return byCharacter;
}

/** At most this many spellings of one name, when several of its characters have two readings. */
const maxSpellings = 8;

/**
 * What a name is read as, one unit per syllable: each Han character, and each run of Latin
 * letters or digits (read as itself); quotes, dashes and Greek letters are not typed.
 * @example nameUnits('“K粉”') // ['k', '粉']
 */
export function nameUnits(name: string): string[] {
  return (
    name
      .normalize('NFKC')
      .toLowerCase()
      .match(/\p{Script=Han}|[a-z0-9]+/gu) ?? []
  );
}

/** A run of the query's words that reads as pinyin, and the Han it stands for. */
export interface PinyinSpan {
  /** Index of the first word and one past the last. */
  start: number;
  end: number;
  /** Whole names, or the first characters of names when only their first syllables were typed. */
  han: string[];
}

const han = /\p{Script=Han}/u;

/** Longest run of words read together: "shang tou dian zi yan" is five. */
const maxWords = 6;

/** The keys a reading is found by: ü typed as v (as pinyin keyboards do) or as u. */
function spellings(syllables: string[], units: string[]): string[] {
  const typed = syllables.join('');
  const withU = syllables
    .map((syllable, i) =>
      /\p{Script=Han}/u.test(units[i] ?? '') ? syllable.replace(/v/g, 'u') : syllable,
    )
    .join('');
  return withU === typed ? [typed] : [typed, withU];
}

/**
 * Reads a query's Latin words as pinyin of the index's names. A whole name's syllables find the
 * name; its first two or more syllables find its first characters (as you type "tiaotiao",
 * 跳跳); a single syllable or a syllable cut short finds nothing, so English words stay English.
 * @example pinyinReader('tang糖|tiao跳', ['跳跳糖'])(['tiao', 'tiao', 'tang'])
 *   // [{ start: 0, end: 3, han: ['跳跳糖'] }]
 */
export function pinyinReader(
  characterReadings: CharacterReadings,
  names: string[],
): (words: string[]) => PinyinSpan[] {
  const byCharacter = readingsByCharacter(characterReadings);
  const readings = new Map<string, Set<string>>();
  const add = (key: string, han: string) => {
    const found = readings.get(key) ?? new Set();
    readings.set(key, found.add(han));
  };
  for (const name of names) {
    const units = nameUnits(name);
    if (!units.some((unit) => han.test(unit))) continue;
    const choices = units.map((unit) => (han.test(unit) ? (byCharacter.get(unit) ?? []) : [unit]));
    if (choices.some((choice) => choice.length === 0)) continue;
    let spelled: string[][] = [[]];
    for (const choice of choices)
      spelled = spelled
        .flatMap((syllables) => choice.map((syllable) => [...syllables, syllable]))
        .slice(0, maxSpellings);
    for (const syllables of spelled) {
      for (const key of spellings(syllables, units)) add(key, name);
      for (let length = 2; length < syllables.length; length++) {
        const first = units.slice(0, length);
        if (!first.some((unit) => han.test(unit))) continue;
        for (const key of spellings(syllables.slice(0, length), first)) add(key, first.join(''));
      }
    }
  }

  return function read(words) {
    const spans: PinyinSpan[] = [];
    for (let start = 0; start < words.length;) {
      let found: PinyinSpan | undefined;
      for (let end = Math.min(words.length, start + maxWords); end > start && !found; end--) {
        const han = readings.get(words.slice(start, end).join(''));
        if (han) found = { start, end, han: [...han] };
      }
      if (found) spans.push(found);
      start = found ? found.end : start + 1;
    }
    return spans;
  };
}
