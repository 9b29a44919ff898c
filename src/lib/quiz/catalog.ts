import { getCollection } from 'astro:content';
import { quizTopics } from '../encyclopedia/taxonomy';
import { gradeBands } from './bank';
import { resolveDefinition, type QuizDefinition } from './definition';

/**
 * The quizzes the site lists, built from `quizzes/definitions/` at build time: hub cards and
 * quiz pages. Nothing here knows a question or an answer.
 */

/** Every quiz, daily challenge first, then by mode (contests, tests, practice, kiosk) and slug. */
export async function allQuizzes(): Promise<QuizDefinition[]> {
  const order = ['daily', 'contest', 'test', 'practice', 'kiosk'];
  return (await getCollection('quizzes'))
    .map((entry) => resolveDefinition(entry.data))
    .sort((a, b) => order.indexOf(a.mode) - order.indexOf(b.mode) || a.slug.localeCompare(b.slug));
}

/** The grade bands a quiz is meant for: its contest groups' or pool's grades, else all. */
export function audienceOf(quiz: QuizDefinition): string[] {
  const grades = new Set([...quiz.pool.grades, ...quiz.groups.flatMap((group) => group.grades)]);
  return grades.size ? gradeBands.filter((grade) => grades.has(grade)) : [...gradeBands];
}

/** The topics a quiz asks about: its pool's, else all. */
export function topicsOf(quiz: QuizDefinition): string[] {
  return quiz.pool.topics.length ? quiz.pool.topics : [...quizTopics];
}
