import type { QuestionType } from './types';

/**
 * The option a key press picks: 1–9 by number, or A–I by letter (options are labelled A, B, C…
 * on screen). True/false questions read 1 or T as true and 2 or F as false.
 * @example optionForKey('3', 'single', 4) // 2
 * @example optionForKey('f', 'truefalse', 2) // 1 (false)
 */
export function optionForKey(key: string, type: QuestionType, count: number): number | null {
  const lower = key.toLowerCase();
  if (type === 'truefalse') {
    if (lower === 't') return 0;
    if (lower === 'f') return 1;
  }
  let index = -1;
  if (/^[1-9]$/.test(lower)) index = Number(lower) - 1;
  else if (/^[a-i]$/.test(lower)) index = lower.charCodeAt(0) - 'a'.charCodeAt(0);
  return index >= 0 && index < count ? index : null;
}

/** The letter shown beside option `index`: A, B, C… */
export function optionLetter(index: number): string {
  return String.fromCharCode('A'.charCodeAt(0) + index);
}
