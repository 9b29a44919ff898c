import { entriesIn, guideIn, slugOf } from '../encyclopedia/entries';
import type { Locale } from '../locale';
import { resolveScript } from './script';

/**
 * The VR script in a locale, resolved at build time from that locale's encyclopedia entries and
 * the prevention guide's refusal steps, with the guide itself (for a link to those steps).
 */
export async function scriptIn(locale: Locale) {
  const entries = await entriesIn(locale);
  const guide = await guideIn(locale, 'prevention');
  const script = resolveScript(
    locale,
    new Map(entries.map((entry) => [slugOf(entry), entry.data])),
    guide.data.refusalSteps ?? [],
  );
  return { script, guide };
}
