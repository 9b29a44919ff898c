/** Types of what quiz pages hand their Svelte islands as props. */
import type { Messages } from '../messages';

/** What the quiz islands are told: the quiz messages plus the error messages, raw. */
export type QuizLabels = Messages['quiz'] & { errors: Messages['errors'] };

/** What a quiz page tells its player island about the quiz. */
export interface QuizInfo {
  slug: string;
  mode: string;
  title: string;
  groups: string[];
}

/** A quiz as the hub lists it, made at build time (src/components/pages/QuizHubPage.astro). */
export interface HubCard {
  slug: string;
  mode: string;
  title: string;
  summary: string;
  url: string;
  grades: string[];
  topics: string[];
  /** Short facts such as "10 questions · 20 s per question". */
  facts: string[];
}
