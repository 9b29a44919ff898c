import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  encyclopediaEntry,
  guide,
  type EncyclopediaEntry,
} from '../../src/lib/encyclopedia/schema';
import { guideSlugs } from '../../src/lib/encyclopedia/taxonomy';
import { readCollection, root } from '../support/content';

const entries = readCollection('encyclopedia');
const guides = readCollection('guides');
const today = new Date().toISOString().slice(0, 10);

const parsed = entries.map((file) => ({ ...file, entry: encyclopediaEntry.safeParse(file.data) }));
const valid = parsed.flatMap((file) =>
  file.entry.success ? [{ ...file, entry: file.entry.data }] : [],
);
const bySlug = Map.groupBy(valid, (file) => file.slug);

/** Fields that describe the substance, not the language, so both locales must agree on them. */
function sharedFields(entry: EncyclopediaEntry) {
  return {
    category: entry.category,
    effect: entry.effect,
    aliases: entry.aliases,
    law: { controlled: entry.law.controlled, list: entry.law.list, listed: entry.law.listed },
    illustration: entry.illustration,
    compare: entry.compare && [
      entry.compare.ordinary.illustration,
      entry.compare.disguised.illustration,
    ],
    related: [...entry.related].sort(),
    model: entry.model,
    quizTopic: entry.quizTopic,
    reviewed: entry.reviewed,
  };
}

describe('encyclopedia content', () => {
  it('has at least 30 entries, each in both locales', () => {
    const zh = new Set(entries.filter((f) => f.locale === 'zh-cn').map((f) => f.slug));
    const en = new Set(entries.filter((f) => f.locale === 'en').map((f) => f.slug));
    expect(zh.size).toBeGreaterThanOrEqual(30);
    expect(
      [...zh].filter((slug) => !en.has(slug)),
      'missing in en',
    ).toEqual([]);
    expect(
      [...en].filter((slug) => !zh.has(slug)),
      'missing in zh-cn',
    ).toEqual([]);
  });

  it('passes the frontmatter schema', () => {
    const problems = parsed.flatMap((file) =>
      file.entry.success
        ? []
        : file.entry.error.issues.map(
            (issue) =>
              `${path.relative(root, file.file)}: ${issue.path.join('.')}: ${issue.message}`,
          ),
    );
    expect(problems).toEqual([]);
  });

  it('has a body, sources and a reviewed date no later than today', () => {
    for (const file of valid) {
      expect(file.body.trim().length, file.file).toBeGreaterThan(60);
      expect(file.entry.sources.length, file.file).toBeGreaterThan(0);
      expect(file.entry.reviewed <= today, file.file).toBe(true);
      for (const source of file.entry.sources)
        expect(source.accessed <= today, source.url).toBe(true);
    }
  });

  it('agrees between locales on everything that is not language', () => {
    for (const [slug, files] of bySlug) {
      const [first, second] = files;
      if (!first || !second) continue;
      expect(sharedFields(first.entry), slug).toEqual(sharedFields(second.entry));
    }
  });

  it('links only to entries that exist, never to itself, and no slug takes a guide path', () => {
    for (const file of valid) {
      expect(file.entry.related, file.slug).not.toContain(file.slug);
      for (const related of file.entry.related)
        expect(bySlug.has(related), `${file.slug} → ${related}`).toBe(true);
      expect(guideSlugs as readonly string[]).not.toContain(file.slug);
    }
  });

  it('draws every illustration from our own SVG files', () => {
    for (const file of valid) {
      const ids = [
        file.entry.illustration,
        file.entry.compare?.ordinary.illustration,
        file.entry.compare?.disguised.illustration,
      ];
      for (const id of ids.filter(Boolean)) {
        expect(
          existsSync(path.join(root, 'src/assets/illustrations', `${id}.svg`)),
          `${file.slug}: ${id}.svg`,
        ).toBe(true);
      }
    }
  });

  it('covers what the curriculum names, and marks nitrous oxide as not a legal drug', () => {
    const required = [
      'opium',
      'heroin',
      'morphine',
      'cannabis',
      'cocaine',
      'methamphetamine',
      'meth-tablets',
      'mdma',
      'ketamine',
      'methcathinone',
      'ghb',
      'lsd',
      'fentanyl',
      'synthetic-cannabinoids',
      'etomidate',
      'opium-poppy',
      'cannabis-plant',
      'coca',
      'khat',
      'milk-tea',
      'popping-candy',
      'stamps',
      'chocolate',
      'kawa',
      'happy-water',
      'headrush-vape',
      'little-twigs',
      'cough-syrup',
      'smart-drugs',
      'nitrous-oxide',
    ];
    expect(required.filter((slug) => !bySlug.has(slug))).toEqual([]);
    for (const { entry } of bySlug.get('nitrous-oxide') ?? []) {
      expect(entry.category).toBe('not-controlled');
      expect(entry.law.controlled).toBe(false);
    }
  });
});

describe('guides', () => {
  it('has law, history and prevention in both locales, each valid and sourced', () => {
    for (const slug of guideSlugs) {
      for (const locale of ['zh-cn', 'en']) {
        const file = guides.find((g) => g.slug === slug && g.locale === locale);
        expect(file, `${locale}/${slug}`).toBeDefined();
        const result = guide.safeParse(file?.data);
        expect(result.success ? [] : result.error.issues, `${locale}/${slug}`).toEqual([]);
        expect(file?.body.length ?? 0, `${locale}/${slug}`).toBeGreaterThan(800);
      }
    }
  });
});
