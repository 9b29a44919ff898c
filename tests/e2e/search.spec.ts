import queries from '../support/search-queries.json' with { type: 'json' };
import { expect, test } from './fixtures';

/**
 * Street names and disguises people actually type, each of which must bring up the right entry
 * first, and one query of every other kind (pinyin, Traditional, typo, question) per locale; the
 * unit test runs the whole list through the same searcher. The list feeds bench/search too.
 */
const onePerKind = queries.filter(
  (query, i) =>
    query.kind === 'name' ||
    queries.findIndex((other) => other.kind === query.kind && other.locale === query.locale) === i,
);

test.describe('search page finds the right entry first', () => {
  for (const { locale, query, slug } of onePerKind) {
    test(`${locale}: ${query} → ${slug}`, async ({ page }) => {
      const prefix = locale === 'en' ? '/en' : '';
      await page.goto(`${prefix}/search/?q=${encodeURIComponent(query)}`);
      const first = page.locator('[data-search-result]').first();
      await expect(first).toHaveAttribute('href', `${prefix}/encyclopedia/${slug}/`);
      await expect(
        page.getByRole('searchbox', { name: locale === 'en' ? 'Search' : '搜索' }).last(),
      ).toHaveValue(query);
    });
  }
});

test('searching on the page updates the shareable URL, and Back restores the earlier search', async ({
  page,
}) => {
  await page.goto('/search/?q=%E5%86%B0');
  await expect(page.locator('[data-search-result]').first()).toHaveAttribute(
    'href',
    '/encyclopedia/methamphetamine/',
  );
  const box = page.locator('#search-page-input');
  await box.fill('奶茶');
  await box.press('Enter');
  await expect(page).toHaveURL(/\?q=%E5%A5%B6%E8%8C%B6$/);
  await expect(page.locator('[data-search-result]').first()).toHaveAttribute(
    'href',
    '/encyclopedia/milk-tea/',
  );
  await expect(page.locator('[data-search-result] mark').first()).toHaveText('奶茶');
  await page.goBack();
  await expect(box).toHaveValue('冰');
});

test('an unknown word says nothing was found and offers suggestions', async ({ page }) => {
  await page.goto('/en/search/?q=zzzqqq');
  await expect(page.getByRole('status')).toContainText('Nothing found for “zzzqqq”');
  await expect(page.locator('[data-search-result]')).toHaveCount(0);
  await page.getByRole('button', { name: 'ecstasy' }).click();
  await expect(page.locator('[data-search-result]').first()).toHaveAttribute(
    'href',
    '/en/encyclopedia/mdma/',
  );
});

for (const { locale, home, query, slug } of [
  { locale: 'zh-cn', home: '/', query: '跳跳糖', slug: '/encyclopedia/popping-candy/' },
  { locale: 'en', home: '/en/', query: 'molly', slug: '/en/encyclopedia/mdma/' },
]) {
  test(`${locale}: the header box opens with "/", lists results, and the keyboard picks one`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(home);
    await page
      .locator('astro-island:has(#site-search-input):not([ssr])')
      .waitFor({ state: 'attached' });
    await page.keyboard.press('/');
    const box = page.getByRole('combobox');
    await expect(box).toBeFocused();
    await box.pressSequentially(query);
    const options = page.getByRole('option');
    await expect(options.first()).toBeVisible();
    await expect(options.first().locator('mark').first()).toBeVisible();
    await box.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${slug}$`));
  });
}

for (const { locale, prefix, first, next, title } of [
  { locale: 'zh-cn', prefix: '', first: '冰', next: '笑气', title: '笑气' },
  { locale: 'en', prefix: '/en', first: 'ice', next: 'molly', title: 'MDMA' },
]) {
  test(`${locale}: the index one page downloaded searches on the next after the network drops`, async ({
    page,
  }) => {
    // a kiosk or a phone on a train: the index is named by its content, so the browser keeps it
    // and the next page's search box does not have to ask the server again
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${prefix}/search/?q=${encodeURIComponent(first)}`);
    await expect(page.locator('[data-search-result]').first()).toBeVisible();
    await page.goto(`${prefix}/encyclopedia/`);
    await page
      .locator('astro-island:has(#site-search-input):not([ssr])')
      .waitFor({ state: 'attached' });
    await page.context().setOffline(true);
    const box = page.locator('#site-search-input');
    await box.fill(next);
    await expect(page.getByRole('option').first()).toContainText(title);
    await page.context().setOffline(false);
  });
}

test('Enter without choosing a result opens the full results page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/');
  await page
    .locator('astro-island:has(#site-search-input):not([ssr])')
    .waitFor({ state: 'attached' });
  const box = page.getByRole('combobox');
  await box.fill('special K');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=special\+K$/);
  await expect(page.locator('[data-search-result]').first()).toHaveAttribute(
    'href',
    '/en/encyclopedia/ketamine/',
  );
});

for (const { locale, prefix, pinyin, typo, slugs, misspelt } of [
  {
    locale: 'zh-cn',
    prefix: '',
    pinyin: 'tiao tiao tang',
    typo: 'metamfetamine',
    slugs: ['popping-candy', 'methamphetamine'],
    misspelt: '没有页面用到“metamfetamine”，以下是拼写相近的词的结果。',
  },
  {
    locale: 'en',
    prefix: '/en',
    pinyin: 'xiaoqi',
    typo: 'extacy',
    slugs: ['nitrous-oxide', 'mdma'],
    misspelt: 'No page uses “extacy”: these results are for similar spellings.',
  },
]) {
  test(`${locale}: pinyin and a misspelled English word find their entries, the misspelling said`, async ({
    page,
  }) => {
    for (const [i, query] of [pinyin, typo].entries()) {
      await page.goto(`${prefix}/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('[data-search-result]').first()).toHaveAttribute(
        'href',
        `${prefix}/encyclopedia/${slugs[i]}/`,
      );
      // results found through a close spelling say so; pinyin is no misspelling
      const note = page.getByRole('status').locator('.misspelt');
      if (query === typo) await expect(note).toHaveText(misspelt);
      else await expect(note).toHaveCount(0);
    }
  });
}

for (const { locale, prefix, query, slug, marked, status } of [
  {
    locale: 'zh-cn',
    prefix: '',
    query: '跳跳糖',
    slug: 'popping-candy',
    marked: '跳跳糖',
    status: '找到 1 条结果',
  },
  {
    locale: 'en',
    prefix: '/en',
    query: 'laughing gas',
    slug: 'nitrous-oxide',
    marked: 'Laughing gas',
    status: 'Results: 1',
  },
]) {
  test(`${locale}: a specific street name lists only its entry, with the whole name marked`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/search/?q=${encodeURIComponent(query)}`);
    const results = page.locator('[data-search-result]');
    await expect(page.getByRole('status')).toHaveText(status);
    await expect(results).toHaveCount(1);
    await expect(results.first()).toHaveAttribute('href', `${prefix}/encyclopedia/${slug}/`);
    await expect(results.first().locator('.title mark')).toHaveText(marked);
  });
}
