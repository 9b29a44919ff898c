import type { Locale } from '../locale';

/**
 * Sorting and A–Z grouping of entry names in each language. Chinese sorts by pinyin, which is
 * ICU's default order for `zh`; Node and every current browser ship full ICU, so no pinyin
 * table is needed.
 */
const collators: Record<Locale, Intl.Collator> = {
  'zh-cn': new Intl.Collator('zh-CN-u-co-pinyin'),
  en: new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
};

/**
 * The name as it is filed: quotation marks, brackets and a leading Greek letter (γ-羟丁酸 is
 * filed under 羟) carry no sound.
 */
export function sortKey(name: string): string {
  return name.replace(/^[\s"'“”‘’「」《》（）()]+/u, '').replace(/^\p{Script=Greek}+-?/u, '');
}

/**
 * Compares two names the way a reader of the locale expects. Chinese names sort by their A–Z
 * heading first, so "K粉" sits among the K syllables instead of after every Han name.
 */
export function compareNames(a: string, b: string, locale: Locale): number {
  const byInitial = initialOf(a, locale).localeCompare(initialOf(b, locale));
  return byInitial || collators[locale].compare(sortKey(a), sortKey(b));
}

/**
 * The first syllable of each pinyin initial, in collation order. A Han character belongs to the
 * last letter whose boundary sorts at or before it (the usual ICU trick; I, U and V start no
 * syllable).
 */
const pinyinBoundaries: [string, string][] = [
  ['A', '阿'],
  ['B', '八'],
  ['C', '嚓'],
  ['D', '哒'],
  ['E', '妸'],
  ['F', '发'],
  ['G', '旮'],
  ['H', '哈'],
  ['J', '丌'],
  ['K', '咔'],
  ['L', '垃'],
  ['M', '嘸'],
  ['N', '拏'],
  ['O', '噢'],
  ['P', '妑'],
  ['Q', '七'],
  ['R', '呥'],
  ['S', '仨'],
  ['T', '他'],
  ['W', '屲'],
  ['X', '夕'],
  ['Y', '丫'],
  ['Z', '帀'],
];

/**
 * The A–Z heading an entry is listed under.
 * @example initialOf('冰毒', 'zh-cn') // 'B'
 * @example initialOf('K粉', 'zh-cn') // 'K'
 * @example initialOf('ecstasy', 'en') // 'E'
 */
export function initialOf(name: string, locale: Locale): string {
  const first = sortKey(name).charAt(0);
  if (/[a-z]/i.test(first)) return first.toUpperCase();
  if (locale !== 'zh-cn' || !/\p{Script=Han}/u.test(first)) return '#';
  let letter = '#';
  for (const [candidate, boundary] of pinyinBoundaries) {
    if (collators['zh-cn'].compare(boundary, first) <= 0) letter = candidate;
    else break;
  }
  return letter;
}
