import type { TFunction } from 'i18next';
import type { Messages } from '../messages';

/**
 * What the teacher islands are told: the teacher messages, every error message (the site's
 * plus the account and roster ones), and the grade and topic names.
 */
export type TeacherLabels = Omit<Messages['teacher'], 'errors'> & {
  errors: Messages['errors'] & Messages['teacher']['errors'];
  grades: Messages['quiz']['grade'];
  topics: Messages['quiz']['topic'];
};

/** Builds the teacher islands' labels on the server, where `t` is the page's translate function. */
export function teacherLabels(t: TFunction): TeacherLabels {
  const { errors, ...teacher } = t('teacher', { returnObjects: true });
  return {
    ...teacher,
    errors: { ...t('errors', { returnObjects: true }), ...errors },
    grades: t('quiz.grade', { returnObjects: true }),
    topics: t('quiz.topic', { returnObjects: true }),
  };
}
