import { encyclopediaEntry, guide } from '../../src/lib/encyclopedia/schema';
import { locales, type Locale } from '../../src/lib/locale';
import { resolveScript, type EntryData, type VrScript } from '../../src/lib/vr/script';
import { readCollection } from './content';

/** Each locale's entries as the site reads them (zod-checked frontmatter), by slug. */
export function entriesByLocale(): Record<Locale, Map<string, EntryData>> {
  const files = readCollection('encyclopedia');
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      new Map(
        files
          .filter((file) => file.locale === locale)
          .map((file) => [file.slug, encyclopediaEntry.parse(file.data)]),
      ),
    ]),
  ) as unknown as Record<Locale, Map<string, EntryData>>;
}

/** The prevention guide's frontmatter in one locale. */
export function preventionGuide(locale: Locale) {
  const file = readCollection('guides').find(
    (file) => file.locale === locale && file.slug === 'prevention',
  );
  if (!file) throw new Error(`no prevention guide in ${locale}`);
  return { ...guide.parse(file.data), body: file.body };
}

/** The VR script in one locale, built from the content files as the site builds it. */
export function vrScript(locale: Locale): VrScript {
  return resolveScript(
    locale,
    entriesByLocale()[locale],
    preventionGuide(locale).refusalSteps ?? [],
  );
}
