import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { locales, type Locale } from '../../src/lib/locale';

export const root = path.resolve(import.meta.dirname, '../..');

export interface ContentFile {
  locale: Locale;
  slug: string;
  file: string;
  data: unknown;
  body: string;
}

/** Reads every `content/<collection>/<locale>/<slug>.md` with its YAML frontmatter, as Astro's glob loader sees it. */
export function readCollection(collection: string): ContentFile[] {
  return locales.flatMap((locale) => {
    const dir = path.join(root, 'content', collection, locale);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => {
        const file = path.join(dir, name);
        const text = readFileSync(file, 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
        if (!match) throw new Error(`${file}: no frontmatter`);
        return {
          locale,
          slug: name.slice(0, -3),
          file,
          data: parse(match[1] ?? ''),
          body: match[2] ?? '',
        };
      });
  });
}
