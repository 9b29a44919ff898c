import type { Locale } from '../locale';
import type { KioskQuestion } from './types';

/**
 * A kiosk quiz round, drawn and judged on the kiosk from the keyed pool it downloaded, so it
 * works offline: `count` questions, options in a new order each round.
 */
export interface RoundQuestion {
  question: KioskQuestion;
  /** Shown position → the option's index in the bank. */
  order: number[];
}

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Draws a round; single-answer questions only, since each answer is one tap. */
export function drawRound(pool: KioskQuestion[], count: number): RoundQuestion[] {
  const oneTap = pool.filter((q) => q.type !== 'multiple');
  return shuffled(oneTap)
    .slice(0, count)
    .map((question) => {
      const options =
        question.type === 'image' ? (question.images ?? []) : question.text['zh-cn'].options;
      return { question, order: shuffled((options ?? []).map((_, i) => i)) };
    });
}

/** The shown options' texts (or picture URLs) in the round's order. */
export function shownOptions(item: RoundQuestion, locale: Locale): string[] {
  const { question } = item;
  if (question.type === 'truefalse') return [];
  const options =
    question.type === 'image' ? (question.images ?? []) : (question.text[locale].options ?? []);
  return item.order.map((bank) => options[bank] ?? '');
}

/**
 * What each shown option says in words, in the round's order: the option texts, which for a
 * picture question are its pictures' captions (their alt text, and how feedback names the
 * right one).
 */
export function shownCaptions(item: RoundQuestion, locale: Locale): string[] {
  const options = item.question.text[locale].options ?? [];
  return item.order.map((bank) => options[bank] ?? '');
}

/** The choice as the server stores it (bank indices, or true/false) and whether it is right. */
export function judge(item: RoundQuestion, shown: number | boolean) {
  const key = item.question.answer;
  if (typeof shown === 'boolean') return { choice: shown, correct: shown === key };
  const bank = item.order[shown]!;
  return { choice: [bank], correct: Array.isArray(key) && key.length === 1 && key[0] === bank };
}

/** The right answer's shown position (or true/false), for the feedback. */
export function rightAnswer(item: RoundQuestion): number | boolean {
  const key = item.question.answer;
  if (typeof key === 'boolean') return key;
  return item.order.indexOf(key[0]!);
}
