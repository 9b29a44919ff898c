/**
 * Pure helpers for drawing a session report: percentages, score bins and chart scales. The
 * figures themselves come from the server (pocketbase/internal/classroom/rates.go).
 */

/**
 * A rate (0–1) as a whole-number percentage for the locale, or the "none" mark for null.
 * @example percent(0.9798, 'zh-cn', '—') // '98%'
 */
export function percent(rate: number | null, locale: string, none: string): string {
  if (rate === null || !Number.isFinite(rate)) return none;
  return new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(rate);
}

/** A score rounded for display, or the "none" mark. */
export function score(value: number | null, locale: string, none: string): string {
  if (value === null || !Number.isFinite(value)) return none;
  return new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN', {
    maximumFractionDigits: 0,
  }).format(value);
}

export interface ScoreBin {
  /** Lowest score in the bin (inclusive). */
  from: number;
  /** Highest score in the bin (inclusive). */
  to: number;
  count: number;
}

/**
 * Splits scores into at most `bins` equal ranges of a round width (1, 2 or 5 × 10ⁿ) from 0, as
 * many as reach the best score, which falls in the last one.
 * @example scoreBins([0, 450, 1000], 2) // [{from: 0, to: 499, count: 2}, {from: 500, to: 1000, count: 1}]
 */
export function scoreBins(scores: number[], bins = 10): ScoreBin[] {
  const best = Math.max(0, ...scores);
  const width = niceStep(Math.max(best, bins) / bins);
  const used = Math.min(bins, Math.floor(best / width) + 1);
  const list: ScoreBin[] = Array.from({ length: used }, (_, i) => ({
    from: i * width,
    to: i === used - 1 ? Math.max(best, (i + 1) * width - 1) : (i + 1) * width - 1,
    count: 0,
  }));
  for (const value of scores)
    list[Math.min(used - 1, Math.max(0, Math.floor(value / width)))]!.count++;
  return list;
}

/** The smallest 1, 2 or 5 × 10ⁿ at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= raw) return factor * power;
  return 10 * power;
}

/**
 * A session's date and time for the locale, from PocketBase's "2026-01-02 03:04:05.678Z".
 * @example when('2026-03-01 02:00:00.000Z', 'en') // 'Mar 1, 2026, 10:00 AM' (in the browser's time zone)
 */
export function when(created: string, locale: string): string {
  const date = new Date(created.replace(' ', 'T'));
  if (Number.isNaN(date.getTime())) return created;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-CN', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** Option letters A, B, C… for the shown positions. */
export function letter(position: number): string {
  return String.fromCharCode(65 + position);
}
