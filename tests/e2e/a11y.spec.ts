import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtPages, unknownPages } from '../support/sitePages';
import { expect, test } from './fixtures';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

for (const path of [...builtPages(), ...unknownPages]) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}, light and dark`, async ({ page }) => {
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(page)).toEqual([]);
  });
}

test('the open phone menu has no violation either', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/');
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
