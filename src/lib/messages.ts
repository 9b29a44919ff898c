import type { TFunction } from 'i18next';
import type zhCN from '../i18n/zh-cn.json';

/**
 * Islands get plain message objects as props (i18next stays on the server); placeholders such
 * as {{count}} arrive raw and are filled in here, in the browser.
 * @example fill('第 {{current}} 题', { current: 3 }) // '第 3 题'
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The message tree's shape, for typing the objects islands receive. */
export type Messages = typeof zhCN;

/**
 * An island's labels, built on the server where `t` is the page's translate function: one
 * section of the messages whole, with every error message beside it (islands show errors by
 * code).
 */
export function islandLabels<Section extends 'live' | 'quiz' | 'pledge'>(
  t: TFunction,
  section: Section,
): Messages[Section] & { errors: Messages['errors'] } {
  // i18next cannot type a key that a type parameter chooses: the section is typed by hand
  const sectionOf = t as unknown as (key: Section, options: { returnObjects: true }) => unknown;
  return {
    ...(sectionOf(section, { returnObjects: true }) as Messages[Section]),
    errors: t('errors', { returnObjects: true }),
  };
}
