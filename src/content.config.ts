import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { encyclopediaEntry, guide } from './lib/encyclopedia/schema';
import { definitionFile } from './lib/quiz/definition';

/**
 * Content lives in `content/` at the repository root (editors never touch `src/`), one file per
 * entry per locale: `content/encyclopedia/<locale>/<slug>.md`. The id is `<locale>/<slug>`.
 */
const encyclopedia = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/encyclopedia' }),
  schema: encyclopediaEntry,
});

/** The law, history and prevention guides: `content/guides/<locale>/<slug>.md`. */
const guides = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/guides' }),
  schema: guide,
});

/**
 * Quiz definitions, `quizzes/definitions/<slug>.yaml`: the hub and the quiz pages are built from
 * them. The question banks never enter the build; only the server holds questions and keys.
 */
const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './quizzes/definitions' }),
  schema: definitionFile,
});

export const collections = { encyclopedia, guides, quizzes };
