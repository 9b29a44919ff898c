import { z } from 'astro/zod';

/**
 * Field types shared by every content schema (encyclopedia, guides, question banks), so a
 * "line", a slug or a source means the same in each.
 */

/** A short plain sentence. */
export const line = z.string().trim().min(1).max(400);

/** A kebab-case ASCII id: file names, entry slugs, question ids. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use kebab-case ASCII');

/** Astro's YAML reader turns a bare 2026-11-23 into a Date; both forms become the same string. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD'),
);

/** Where a fact comes from. */
export const source = z.object({
  title: line,
  url: z.url({ protocol: /^https?$/ }),
  accessed: isoDate,
});
