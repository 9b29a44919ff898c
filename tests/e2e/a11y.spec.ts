import { builtPages, unknownPages } from '../support/sitePages';
import { expect, test } from './fixtures';
import { axeViolations, expectNoViolations } from './support/axe';

for (const path of [...builtPages(), ...unknownPages]) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}, light and dark`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page);
  });
}

test('the open phone menu has no violation either', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/');
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
