import type { TFunction } from 'i18next';
import type { Messages } from '../messages';

/** What the organiser islands are told: their messages and every error message. */
export type OrganiserLabels = Messages['organiser'] & {
  errors: Messages['errors'] & { sign_in_failed: string };
};

/** Builds the organiser islands' labels on the server, where `t` is the page's translate function. */
export function organiserLabels(t: TFunction): OrganiserLabels {
  return {
    ...t('organiser', { returnObjects: true }),
    // a wrong password is told as the teacher's sign-in tells it
    errors: {
      ...t('errors', { returnObjects: true }),
      sign_in_failed: t('teacher.errors.sign_in_failed'),
    },
  };
}
