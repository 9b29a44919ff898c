import { builtPages, unknownPages } from '../support/sitePages';
import { expect, test } from './fixtures';

const pages = [...builtPages(), ...unknownPages];

test('the walk covers both locales', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/en/');
  expect(pages.filter((page) => page.startsWith('/en/')).length).toBe(pages.length / 2);
});

for (const path of pages) {
  test.describe(path, () => {
    test('loads nothing from another origin and breaks no CSP rule', async ({ page, baseURL }) => {
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
    });

    test('fits 360 and 390 px phones without sideways scrolling, with 44 px touch targets outside running text', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const small = await page
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
      expect(small).toEqual([]);
      // the commonest phone width too: the header's room runs out differently there
      await page.setViewportSize({ width: 390, height: 844 });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
    });
  });
}
