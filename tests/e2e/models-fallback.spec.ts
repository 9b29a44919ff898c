import { chromiumLaunchOptions } from '../../scripts/lib/chromium.mjs';
import { builtPages } from '../support/sitePages';
import { expect, test } from './fixtures';

/**
 * The 3D models without WebGL (the poster and the description stand in, no 3D code downloads)
 * and the gallery, which never needs WebGL.
 */
const modelPages = builtPages().filter((page) => /^\/(en\/)?models\/[\w-]+\/$/.test(page));
const sachet = '/models/milk-tea-sachet/';

test.use({
  launchOptions: {
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, '--disable-webgl', '--disable-3d-apis'],
  },
});

test('the poster and the description stand in, and no 3D code downloads', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const [path, message] of [
    [sachet, '这个浏览器不能显示 3D 画面'],
    [`/en${sachet}`, 'This browser cannot show 3D'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('.viewer')).toHaveAttribute('data-status', 'unavailable');
    await expect(page.getByText(message)).toBeVisible();
    const poster = page.locator('.viewer .poster img');
    await expect(poster).toBeVisible();
    expect(await poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect((await poster.getAttribute('alt'))!.length).toBeGreaterThan(40);
    await expect(page.locator('.notes li')).toHaveCount(3);
  }
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => /\/(mount|kit|vr)\.[\w-]+\.js$/.test(url))).toEqual([]);
});

test.describe('gallery', () => {
  for (const [path, all, disguise, heading] of [
    ['/models/', '全部', '伪装成商品的毒品', '仿真模型'],
    ['/en/models/', 'All', 'Disguised as products', '3D models'],
  ] as const)
    test(`${path} filters by kind and opens a model`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      const cards = page.locator('.card-grid .card');
      const total = await cards.count();
      expect(total).toBe(modelPages.length / 2);
      await page.getByRole('button', { name: disguise }).click();
      await expect(page.getByRole('button', { name: disguise })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expect.poll(() => cards.count()).toBeLessThan(total);
      await expect(page).toHaveURL(/\?kind=disguise$/);
      await page.reload();
      await expect.poll(() => cards.count()).toBeLessThan(total);
      await page.getByRole('button', { name: all }).click();
      await expect(cards).toHaveCount(total);
      await page.locator('[data-model="milk-tea-sachet"]').click();
      await expect(page).toHaveURL(new RegExp(`${path}milk-tea-sachet/$`));
    });

  test('an encyclopedia entry leads to its model', async ({ page }) => {
    await page.goto('/en/encyclopedia/milk-tea/');
    await page.getByRole('link', { name: 'See the 3D replica model' }).click();
    await expect(page).toHaveURL(/\/en\/models\/milk-tea-sachet\/$/);
    await expect(
      page.getByRole('link', { name: 'Learn more in the encyclopedia' }),
    ).toHaveAttribute('href', '/en/encyclopedia/milk-tea/');
  });
});
