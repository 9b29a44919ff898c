import type { PinyinSpan } from './pinyin';
import { isStopWord } from './stopWords';

/**
 * How a query is read before it is searched: Traditional characters folded, pinyin turned into
 * the names it spells, typos corrected, the index's whole names found inside it, and the
 * filler of a question dropped. What is left are the query's units, each of which a result
 * must match (see relevance.ts).
 */

/** One way a unit may be found. */
export interface QueryForm {
  /**
   * `text`: Chinese, or a whole name in any script (K粉, special k), searched by its tokens
   * (characters, bigrams, words). `word`: a Latin word as typed, stemmed. `prefix`: a Latin
   * word typed so far. `term`: an index term as it is (a typo's correction).
   */
  kind: 'text' | 'word' | 'prefix' | 'term';
  text: string;
  /** What the form adds to a result's score, against 1 for what was typed. */
  boost: number;
}

/** Something the query asks for, found by any of its forms. */
export interface QueryUnit {
  forms: QueryForm[];
  /** A whole name of the index (a street name, name or title), searched as one token too. */
  name: boolean;
}

/** What the index can tell the reader; each function is cheap or caches its work. */
export interface ReadingContext {
  simplify: (text: string) => string;
  readPinyin: (words: string[]) => PinyinSpan[];
  /** The index's whole names, longest first. */
  names: string[];
  /** Whether a Latin word, as typed or stemmed, is in the index. */
  indexed: (word: string) => boolean;
  /** Whether a Latin word, as typed or stemmed, or the start of one, is in the index. */
  known: (word: string) => boolean;
  correct: (word: string) => string[];
}

const hanCharacter = /\p{Script=Han}/u;
const latinWord = /^[a-z0-9]+$/;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Typo corrections and pinyin readings rank a little below what was typed exactly. */
const correctedBoost = 0.7;
/** Search-as-you-type prefixes count half. */
const prefixBoost = 0.5;

interface Placed {
  start: number;
  end: number;
  unit: QueryUnit;
}

/** Where a name occurs in the query; a Latin name only as whole words ("ice", not "police"). */
function occurrences(query: string, name: string): number[] {
  const found: number[] = [];
  const wholeWords = !hanCharacter.test(name);
  for (let at = query.indexOf(name); at >= 0; at = query.indexOf(name, at + 1)) {
    const before = query[at - 1] ?? ' ';
    const after = query[at + name.length] ?? ' ';
    if (!wholeWords || (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after))) found.push(at);
  }
  return found;
}

/** The forms of a Latin word: as typed, as a prefix, and corrected when the index lacks it. */
function latinForms(word: string, context: ReadingContext): QueryForm[] {
  const forms: QueryForm[] = [{ kind: 'word', text: word, boost: 1 }];
  if (word.length >= 2) forms.push({ kind: 'prefix', text: word, boost: prefixBoost });
  if (!context.known(word)) {
    for (const term of context.correct(word))
      forms.push({ kind: 'term', text: term, boost: correctedBoost });
  }
  return forms;
}

/** The query's text, and which of its characters a unit has already claimed. */
class Reading {
  readonly taken: boolean[];
  readonly placed: Placed[] = [];

  constructor(readonly text: string) {
    this.taken = new Array<boolean>(text.length).fill(false);
  }

  place(start: number, end: number, unit: QueryUnit) {
    this.placed.push({ start, end, unit });
    this.taken.fill(true, start, end);
  }

  isFree(start: number, end: number): boolean {
    return !this.taken.slice(start, end).some(Boolean);
  }
}

/** Whole names, longest first, so 上头电子烟 is one unit, not 上头 and 电子烟. */
function readNames(reading: Reading, context: ReadingContext) {
  for (const name of context.names) {
    if (name.length > reading.text.length) continue;
    for (const at of occurrences(reading.text, name)) {
      if (!reading.isFree(at, at + name.length)) continue;
      reading.place(at, at + name.length, {
        name: true,
        forms: [{ kind: 'text', text: name, boost: 1 }],
      });
    }
  }
}

/** Runs of Latin words (only spaces between them) that spell names in pinyin. */
function readPinyin(reading: Reading, context: ReadingContext) {
  const { text } = reading;
  const words = [...text.matchAll(/[a-z]+/g)].filter(
    ({ index, 0: word }) =>
      reading.isFree(index, index + word.length) &&
      !/[0-9]/.test(text[index - 1] ?? '') &&
      !/[0-9]/.test(text[index + word.length] ?? ''),
  );
  const runs: RegExpExecArray[][] = [];
  for (const word of words) {
    const previous = runs.at(-1)?.at(-1);
    const joined = previous && text.slice(previous.index + previous[0].length, word.index) === ' ';
    if (joined) runs.at(-1)!.push(word);
    else runs.push([word]);
  }
  for (const run of runs) {
    for (const span of context.readPinyin(run.map((match) => match[0]))) {
      const first = run[span.start]!;
      const last = run[span.end - 1]!;
      const forms: QueryForm[] = span.han.map((han) => ({ kind: 'text', text: han, boost: 1 }));
      // A word that is also the index's own (kawa) keeps its Latin forms.
      if (span.end - span.start === 1 && context.indexed(first[0]))
        forms.push(...latinForms(first[0], context));
      reading.place(first.index, last.index + last[0].length, {
        name: span.han.some((han) => context.names.includes(han)),
        forms,
      });
    }
  }
}

/** Everything else, word by word as the segmenter splits it. */
function readWords(reading: Reading, context: ReadingContext) {
  const rest = reading.text
    .split('')
    .map((unit, i) => (reading.taken[i] ? ' ' : unit))
    .join('');
  for (const { segment, index, isWordLike } of segmenter.segment(rest)) {
    if (!isWordLike) continue;
    const end = index + segment.length;
    if (!latinWord.test(segment)) {
      reading.place(index, end, {
        name: false,
        forms: [{ kind: 'text', text: segment, boost: 1 }],
      });
      continue;
    }
    const forms = latinForms(segment, context);
    // A typo of a whole name (morfine) is that name, as if typed right.
    const name = forms.some((form) => form.kind === 'term' && context.names.includes(form.text));
    reading.place(index, end, { name, forms });
  }
}

/**
 * Reads a query into units, in the order they were typed. When every unit is a question word
 * ("what is it"), they are all kept.
 * @example readQuery('什么是笑气？', context) // [{ name: true, forms: [{ kind: 'text', text: '笑气', boost: 1 }] }]
 */
export function readQuery(query: string, context: ReadingContext): QueryUnit[] {
  const reading = new Reading(
    context.simplify(query.normalize('NFKC').toLowerCase()).replace(/\s+/g, ' '),
  );
  readNames(reading, context);
  readPinyin(reading, context);
  readWords(reading, context);
  const units = reading.placed.sort((a, b) => a.start - b.start).map(({ unit }) => unit);
  const meaningful = units.filter((unit) => unit.name || !isStopWord(unit.forms[0]!.text));
  return meaningful.length > 0 ? meaningful : units;
}
