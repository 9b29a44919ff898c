import type { LiveQuestion, LiveResult } from './types';

/**
 * How live answers are shown alike on the projector and the phones: option N has a colour class,
 * a shape and a letter; true/false is two options, true first.
 */

/** The colour class of option `index` (see components/classroom/answerColors.css). */
export function answerClass(index: number): string {
  return `answer-${(index % 6) + 1}`;
}

/** The texts of a question's options as shown: true/false reads as two options. */
export function optionTexts(
  question: LiveQuestion,
  labels: { true: string; false: string },
): string[] {
  return question.type === 'truefalse' ? [labels.true, labels.false] : (question.options ?? []);
}

/** The choice a tap on option `index` sends: true/false as a boolean, others as positions. */
export function choiceFor(question: LiveQuestion, picked: number[]): number[] | boolean {
  return question.type === 'truefalse' ? picked[0] === 0 : [...picked].sort((a, b) => a - b);
}

/** Whether option `index` is (one of) the right answer(s) of a closed question. */
export function isCorrectOption(result: LiveResult, index: number): boolean {
  return typeof result.correct === 'boolean'
    ? result.correct === (index === 0)
    : result.correct.includes(index);
}

/** Whether option `index` is in a sent choice. */
export function choiceHas(choice: number[] | boolean | null, index: number): boolean {
  return typeof choice === 'boolean' ? choice === (index === 0) : !!choice?.includes(index);
}

/**
 * How far each player moved since the last leaderboard: positive is up; undefined when they
 * were not on it.
 * @example rankMoves([{playerId: 'a', rank: 1}], [{playerId: 'a', rank: 3}]) // Map { a → 2 }
 */
export function rankMoves(
  now: { playerId: string; rank: number }[],
  before: { playerId: string; rank: number }[],
): Map<string, number | undefined> {
  const previous = new Map(before.map((s) => [s.playerId, s.rank]));
  return new Map(
    now.map((s) => {
      const was = previous.get(s.playerId);
      return [s.playerId, was === undefined ? undefined : was - s.rank];
    }),
  );
}
