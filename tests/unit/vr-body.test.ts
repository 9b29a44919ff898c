import { describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/locale';
import { bodyDrugIds, bodyDrugs, organIds, organWords } from '../../src/lib/vr/body';
import { factText } from '../../src/lib/vr/script';
import { entriesByLocale, vrScript } from '../support/vrScript';

/**
 * "Inside the body" says nothing of its own: every lit organ is a line of an encyclopedia
 * entry's harms, shown in the entry's words with one of its sources, in both languages.
 */
const entries = entriesByLocale();

const claims = bodyDrugs.flatMap((drug) =>
  drug.claims.map((claim) => ({ drug: drug.id, ...claim })),
);

describe('the drugs to pick', () => {
  it('are the six the experience offers, each with short- and long-term effects', () => {
    expect(bodyDrugs.map((drug) => drug.id)).toEqual([...bodyDrugIds]);
    for (const drug of bodyDrugs) {
      const terms = new Set(drug.claims.map((claim) => claim.field.split('.').at(-1)));
      expect(terms, drug.id).toEqual(new Set(['short', 'long']));
      for (const slug of drug.entries)
        expect(drug.claims.some((claim) => claim.entry === slug)).toBe(true);
    }
  });

  it('light the organs the issue names', () => {
    const lit = (id: string) =>
      new Set(bodyDrugs.find((drug) => drug.id === id)!.claims.flatMap((claim) => claim.organs));
    expect(lit('ketamine')).toContain('bladder');
    for (const organ of ['spine', 'nerves', 'blood'] as const)
      expect(lit('nitrous-oxide')).toContain(organ);
    for (const organ of ['heart', 'brain', 'teeth'] as const)
      expect(lit('methamphetamine')).toContain(organ);
  });

  it('use every organ of the figure at least once', () => {
    const used = new Set(claims.flatMap((claim) => claim.organs));
    expect([...used].sort()).toEqual([...organIds].sort());
  });
});

describe.each(claims)('$drug: $entry $field[$item]', (claim) => {
  it.each(locales)('is a line of the entry in %s', (locale) => {
    const entry = entries[locale].get(claim.entry);
    expect(entry, `${locale}/${claim.entry}`).toBeDefined();
    expect(() => factText(entry!, claim, locale)).not.toThrow();
  });

  it.each(locales)('names the organ it lights, in %s', (locale) => {
    const text = factText(entries[locale].get(claim.entry)!, claim, locale).toLowerCase();
    if (claim.field.startsWith('harms.mind.')) {
      expect(claim.organs).toEqual(['brain']);
      return;
    }
    for (const organ of claim.organs)
      expect(
        organWords[organ][locale].some((word) => text.includes(word.toLowerCase())),
        `"${text}" should mention the ${organ}`,
      ).toBe(true);
  });

  it('cites a source the entry lists, the same one in both languages', () => {
    const [zh, en] = locales.map((locale) => entries[locale].get(claim.entry)!.sources);
    expect(
      zh!.map((source) => source.url),
      'listed in zh-cn',
    ).toContain(claim.source);
    expect(
      en!.map((source) => source.url),
      'listed in en',
    ).toContain(claim.source);
  });
});

describe('the resolved script', () => {
  it.each(locales)('shows each effect with its source in %s', (locale) => {
    for (const drug of vrScript(locale).drugs) {
      expect(drug.name.trim()).not.toBe('');
      for (const effect of drug.effects) {
        expect(effect.text.trim()).not.toBe('');
        expect(effect.source.url).toMatch(/^https?:\/\//);
        expect(effect.organs.length).toBeGreaterThan(0);
      }
    }
  });
});
