import { expect, test } from './fixtures';

test.describe('encyclopedia index', () => {
  test('filters by category and effect, keeps the filter in the URL and across a reload', async ({
    page,
  }) => {
    await page.goto('/encyclopedia/');
    const cards = page.locator('[data-entry]');
    const total = await cards.count();
    expect(total).toBeGreaterThanOrEqual(30);
    await expect(page.getByRole('status')).toHaveText(`显示 ${total} / ${total} 条`);

    await page.getByRole('radio', { name: /伪装毒品/ }).check();
    await expect(page).toHaveURL(/category=disguise/);
    const disguises = await cards.count();
    expect(disguises).toBeGreaterThanOrEqual(8);
    expect(disguises).toBeLessThan(total);
    for (const badge of await cards.locator('li:first-child').allTextContents())
      expect(badge).toBe('伪装毒品');

    await page.reload();
    await expect(page.getByRole('radio', { name: /伪装毒品/ })).toBeChecked();
    await expect(cards).toHaveCount(disguises);

    await page.getByRole('radio', { name: '全部' }).check();
    await page.getByRole('combobox', { name: '作用', exact: true }).selectOption('stimulant');
    await expect(page).toHaveURL(/effect=stimulant/);
    for (const badge of await cards.locator('li:nth-child(2)').allTextContents())
      expect(badge).toBe('兴奋剂');
  });

  test('sorts Chinese names by pinyin, with A–Z jump links', async ({ page }) => {
    await page.goto('/encyclopedia/');
    const letters = await page
      .getByRole('navigation', { name: '按名称（拼音）' })
      .getByRole('link')
      .allTextContents();
    expect(letters).toEqual([...letters].sort());
    expect(letters).toEqual(expect.arrayContaining(['B', 'K', 'Y']));
    await expect(page.locator('#letter-B h3')).toHaveText('冰毒（甲基苯丙胺）');
    const titles = await page.locator('[data-entry] h3').allTextContents();
    expect(titles.indexOf('冰毒（甲基苯丙胺）')).toBeLessThan(titles.indexOf('海洛因'));
    expect(titles.indexOf('海洛因')).toBeLessThan(titles.indexOf('鸦片'));
  });

  test('English index sorts A–Z and can group by category', async ({ page }) => {
    await page.goto('/en/encyclopedia/');
    const titles = await page.locator('[data-entry] h3').allTextContents();
    const keys = titles.map((title) => title.replace(/^[“"']+/, '').toLowerCase());
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en')));
    await page.getByRole('combobox', { name: 'Sort', exact: true }).selectOption('category');
    await expect(page.getByRole('heading', { level: 3, name: 'Disguised drugs' })).toBeVisible();
    await expect(page).toHaveURL(/sort=category/);
  });
});

test.describe('entry page', () => {
  for (const { path, glance, spot, lang } of [
    { path: '/encyclopedia/milk-tea/', glance: '一眼认清', spot: /找不同/, lang: 'zh-CN' },
    {
      path: '/en/encyclopedia/milk-tea/',
      glance: 'At a glance',
      spot: /Spot the disguise/,
      lang: 'en',
    },
  ]) {
    test(`${lang}: at-a-glance card, spot-the-disguise pair, sources and review date`, async ({
      page,
      request,
    }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const glanceCard = page.getByRole('region', { name: glance });
      await expect(glanceCard.locator('dt')).toHaveCount(4);
      const pair = page.getByRole('region', { name: spot });
      const pictures = pair.locator('figure img');
      await expect(pictures).toHaveCount(2);
      for (const img of await pictures.all()) {
        await img.scrollIntoViewIfNeeded();
        await expect
          .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
          .toBeGreaterThan(0);
      }
      // Responsive raster images from our SVGs: modern formats with a PNG fallback.
      await expect(glanceCard.locator('picture source[type="image/avif"]')).toHaveCount(1);
      await expect(glanceCard.locator('picture img')).toHaveAttribute('src', /\.png$/);
      await expect(page.locator('.sources li').first()).toBeVisible();
      await expect(page.locator('.sources time')).toHaveAttribute(
        'datetime',
        /^\d{4}-\d{2}-\d{2}$/,
      );

      const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
      const response = await request.get(new URL(ogImage!).pathname);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });
  }

  test('nitrous oxide says plainly it is not a legal drug', async ({ page }) => {
    await page.goto('/encyclopedia/nitrous-oxide/');
    await expect(page.getByText('不属于法定毒品').first()).toBeVisible();
    await page.goto('/en/encyclopedia/nitrous-oxide/');
    await expect(page.getByText('Not a legal drug').first()).toBeVisible();
  });

  test('guides have a table of contents that jumps to each section', async ({ page }) => {
    await page.goto('/encyclopedia/law/');
    const toc = page.getByRole('navigation', { name: '本页目录' });
    const links = toc.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    const first = links.first();
    const target = (await first.getAttribute('href'))!;
    await first.click();
    await expect(page.locator(target)).toBeInViewport();
    await page.goto('/en/encyclopedia/prevention/');
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  });
});
