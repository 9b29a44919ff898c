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
