import type { TFunction } from 'i18next';
import { htmlLang, type Locale } from '../locale';
import type { QuizDefinition } from './definition';

/**
 * A quiz's rules in words, from its definition: the short facts on hub cards and the full list
 * on the quiz page. Dates are shown in campaign time (Asia/Shanghai), as the server counts days.
 */

function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(htmlLang[locale], {
    dateStyle: 'medium',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso));
}

function timeFact(quiz: QuizDefinition, t: TFunction): string {
  if (quiz.time.perQuestion) return t('quiz.card.perQuestion', { seconds: quiz.time.perQuestion });
  if (quiz.time.total) return t('quiz.card.total', { minutes: Math.round(quiz.time.total / 60) });
  return t('quiz.card.untimed');
}

/** "10 questions · 20 s per question · 1 a day · Closes 16 Jan 2027" */
export function quizFacts(quiz: QuizDefinition, t: TFunction, locale: Locale): string[] {
  const facts = [t('quiz.card.questions', { count: quiz.count }), timeFact(quiz, t)];
  if (quiz.attemptsPerDay) facts.push(t('quiz.card.perDay', { count: quiz.attemptsPerDay }));
  if (quiz.window)
    facts.push(t('quiz.card.closes', { date: formatDate(quiz.window.closes, locale) }));
  return facts;
}

/** Every rule a player should know before starting, in the order they matter. */
export function quizRules(quiz: QuizDefinition, t: TFunction, locale: Locale): string[] {
  const rules = [t('quiz.rules.count', { count: quiz.count })];
  if (quiz.time.perQuestion)
    rules.push(t('quiz.rules.perQuestion', { seconds: quiz.time.perQuestion }));
  if (quiz.time.total)
    rules.push(t('quiz.rules.total', { minutes: Math.round(quiz.time.total / 60) }));
  if (!quiz.time.perQuestion && !quiz.time.total) rules.push(t('quiz.rules.untimed'));
  rules.push(
    quiz.attemptsPerDay
      ? t('quiz.rules.perDay', { count: quiz.attemptsPerDay })
      : t('quiz.rules.unlimited'),
  );
  rules.push(t(`quiz.rules.${quiz.scoring.method}`, { points: quiz.scoring.points }));
  if (quiz.scoring.streakBonus) rules.push(t('quiz.rules.streak'));
  rules.push(t('quiz.rules.multiple'));
  rules.push(
    quiz.mode === 'contest' ? t('quiz.rules.afterClose') : t(`quiz.rules.${quiz.feedback}`),
  );
  if (quiz.mode === 'daily') rules.push(t('quiz.rules.sameForAll'));
  if (quiz.window)
    rules.push(
      t('quiz.rules.window', {
        opens: formatDate(quiz.window.opens, locale),
        closes: formatDate(quiz.window.closes, locale),
      }),
    );
  if (quiz.groups.length) rules.push(t('quiz.rules.groups'), t('quiz.rules.draw'));
  return rules;
}
