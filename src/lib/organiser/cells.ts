import type { Locale } from '../locale';
import type { Cell } from './client';
import type { OrganiserLabels } from './labels';

/** How a figures cell reads on the page and in print: names for codes, percentages for rates. */
export interface CellContext {
  locale: Locale;
  labels: OrganiserLabels;
  regionNames: Record<string, string>;
  /** Quiz titles by slug, in the page's language. */
  quizTitles: Record<string, string>;
}

const rateColumns = new Set([
  'awareness_rate',
  'excellence_rate',
  'coverage_rate',
  'facility',
  'finished_share',
]);

/** Whether a column holds a share (0–1) rather than a count. */
export function isRate(column: string): boolean {
  return rateColumns.has(column);
}

/**
 * The text of a cell.
 * @example cellText('region', '620000', ctx) // '甘肃省'
 */
export function cellText(column: string, value: Cell, ctx: CellContext): string {
  const { labels } = ctx;
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  if (typeof value === 'string') {
    if (value === '' && column !== 'group') return labels.notGiven;
    if (column === 'region') return ctx.regionNames[value] ?? value;
    if (column === 'quiz') return ctx.quizTitles[value] ?? value;
    if (column === 'flags')
      return value
        .split(' ')
        .filter(Boolean)
        .map((flag) => labels.flags[flag as keyof typeof labels.flags] ?? flag)
        .join(' · ');
    if (column === 'grade_band') return labels.grades[value as keyof typeof labels.grades] ?? value;
    if (column === 'age_band')
      return labels.ageBands[value as keyof typeof labels.ageBands] ?? value;
    return value;
  }
  if (column === 'discrimination' || column === 'median_seconds')
    return new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 2 }).format(value);
  if (isRate(column)) {
    return new Intl.NumberFormat(ctx.locale, { style: 'percent', maximumFractionDigits: 1 }).format(
      value,
    );
  }
  return new Intl.NumberFormat(ctx.locale).format(value);
}

/** A cell's value for drawing a bar or a line: suppressed and missing values draw as 0. */
export function cellNumber(value: Cell): number {
  return typeof value === 'number' ? value : 0;
}
