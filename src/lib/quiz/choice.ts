import type { Choice, QuestionType } from './types';

/**
 * The choice after option `index` is picked (`on`) or unpicked, the same by click, tap or key:
 * true/false reads option 0 as true, single choice and pictures hold one option, multiple
 * choice adds the option or takes it out, in ascending order. Without `on`, a multiple-choice
 * option toggles (the keyboard's way).
 * @example choose('multiple', [0, 2], 1) // [0, 1, 2]
 * @example choose('truefalse', null, 1) // false
 */
export function choose(type: QuestionType, choice: Choice, index: number, on?: boolean): Choice {
  if (type === 'truefalse') return index === 0;
  if (type !== 'multiple') return [index];
  const current = Array.isArray(choice) ? choice : [];
  const add = on ?? !current.includes(index);
  return add ? [...current, index].sort((a, b) => a - b) : current.filter((i) => i !== index);
}

/** Whether a choice can be sent: true/false answered, or at least one option picked. */
export function hasChoice(choice: Choice): boolean {
  return typeof choice === 'boolean' || (Array.isArray(choice) && choice.length > 0);
}
