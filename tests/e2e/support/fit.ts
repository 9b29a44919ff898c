import type { Page } from '@playwright/test';

/** Whole-page sideways overflow in px at the page's current size (0 or less: none). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
