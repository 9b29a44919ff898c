import { expect, test } from './fixtures';
import { hydrated } from './support/islands';

test.describe('home page', () => {
  test('Chinese at /, with the mission and a path for each kind of visitor', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('看清伪装，远离毒品');
    const nav = page.getByRole('navigation', { name: '主导航' });
    for (const label of ['毒品百科', '知识答题', '禁毒承诺', '仿真模型', '课堂', '关于']) {
      await expect(nav.getByRole('link', { name: label })).toBeVisible();
    }
    for (const path of ['学生', '教师', '市民', '宣传展台']) {
      await expect(page.getByRole('heading', { level: 3, name: path })).toBeVisible();
    }
  });

  test('English at /en/, with hreflang alternates pointing at both versions', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'See through the disguise. Stay drug-free.',
    );
    await expect(page.locator('link[hreflang="zh-CN"]')).toHaveAttribute('href', /\/$/);
    await expect(page.locator('link[hreflang="en"]')).toHaveAttribute('href', /\/en\/$/);
  });
});

test('the language switch keeps the visitor on the same page', async ({ page }) => {
  await page.goto('/about/');
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/en\/about\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Jindu');
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/about\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于本站');
});

test('the current section is marked in the navigation', async ({ page }) => {
  await page.goto('/en/quiz/');
  await expect(
    page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Quiz' }),
  ).toHaveAttribute('aria-current', 'page');
});

test.describe('unknown pages', () => {
  test('get the Chinese 404 page with status 404', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面没有找到');
    await page.getByRole('link', { name: '返回首页' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('get the English 404 page under /en/', async ({ page }) => {
    const response = await page.goto('/en/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the menu button opens and closes the navigation (island hydrates under the CSP)', async ({
    page,
  }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: '主导航' });
    const toggle = page.getByRole('button', { name: '菜单' });
    await expect(nav).toBeHidden();
    await hydrated(page, 'MenuToggle');
    await toggle.click();
    await expect(nav).toBeVisible();
    await expect(page.getByRole('button', { name: '关闭菜单' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
  });
});

test('keyboard users can skip straight to the content', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  // The next stop is inside main (the hero's first call to action), not the header again.
  await expect(page.locator('main :focus')).toHaveCount(1);
});

test.describe('follows the visitor’s system preferences', () => {
  test('dark colour scheme gives a dark page', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    const [r = 255, g = 255, b = 255] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(120);
  });

  test('reduced motion switches transitions off', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const duration = await page
      .locator('a.card')
      .first()
      .evaluate((card) => getComputedStyle(card).transitionDuration);
    expect(duration.split(',').every((part) => parseFloat(part) < 0.01)).toBe(true);
  });
});
