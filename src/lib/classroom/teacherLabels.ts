import type { TFunction } from 'i18next';
import { ApiError } from '../api';
import type { Messages } from '../messages';
import { FieldErrors } from './teacher';

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

/** The translated message for a failed call: a field's code, an API code, or the generic one. */
export function errorText(labels: TeacherLabels, error: unknown): string {
  const messages = labels.errors as Record<string, string>;
  if (error instanceof FieldErrors) {
    const code = Object.values(error.fields)[0] ?? 'invalid';
    return messages[code] ?? labels.errors.invalid;
  }
  const code = error instanceof ApiError ? error.code : 'internal';
  return messages[code] ?? labels.errors.internal;
}

/** Each refused field's translated message, for showing beside the field. */
export function fieldMessages(labels: TeacherLabels, error: unknown): Record<string, string> {
  if (!(error instanceof FieldErrors)) return {};
  const messages = labels.errors as Record<string, string>;
  return Object.fromEntries(
    Object.entries(error.fields).map(([field, code]) => [
      field,
      messages[code] ?? labels.errors.invalid,
    ]),
  );
}
