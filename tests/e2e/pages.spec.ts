import type { Page } from '@playwright/test';
import { builtPages, unknownPages } from '../support/sitePages';
import { expect, test } from './fixtures';
import { axeViolations, expectNoViolations } from './support/axe';
import { sidewaysOverflow } from './support/fit';

/**
 * Every built page, and the 404 pages, in both locales, loaded once each: what it loads and
 * logs, axe in both colour schemes at a desktop's size, then the same page at phone widths.
 */
const pages = [...builtPages(), ...unknownPages];

// one file, nearly two hundred independent pages: both workers share them
test.describe.configure({ mode: 'parallel' });

test('the walk covers both locales', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/en/');
  expect(pages.filter((page) => page.startsWith('/en/')).length).toBe(pages.length / 2);
});

/** Controls smaller than 44 px outside running text, as "text (w×h)". */
function smallTargets(page: Page) {
  return page
    .locator('main a:visible, main button:visible, header a:visible, header button:visible')
    .evaluateAll((elements) =>
      elements
        // A link inside a sentence is exempt (WCAG 2.5.8 "inline"); every control is not.
        .filter((element) => getComputedStyle(element).display !== 'inline')
        .map((element) => ({
          text: element.textContent?.trim(),
          box: element.getBoundingClientRect(),
        }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ text, box }) => `${text} (${Math.round(box.width)}×${Math.round(box.height)})`),
    );
}

for (const path of pages)
  test(`${path}: nothing from another origin, no CSP or script error, axe finds no WCAG 2.2 AA violation (light and dark), fits 360 and 390 px phones with 44 px targets`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
        foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('404'))
        problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);

    await expectNoViolations(page);

    await page.setViewportSize({ width: 360, height: 740 });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await smallTargets(page)).toEqual([]);
    // the commonest phone width too: the header's room runs out differently there
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

test('the open phone menu has no violation either', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/');
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
