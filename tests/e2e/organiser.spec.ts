import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zhCn from '../../src/i18n/zh-cn.json' with { type: 'json' };
import { fill } from '../../src/lib/messages';
import { expect, test } from './fixtures';
import { expectNoViolations } from './support/axe';
import { newOrganiser, setDrawWindow, takeQuiz } from './support/organiser';
import { shoot } from './support/quiz';

/**
 * The campaign dashboard in a real browser: an organiser for 甘肃 signs in, picks a period,
 * reads the charts and tables of their region (and nothing of 江西's), downloads a table as CSV
 * and everything as XLSX, and runs a prize draw that the public check page re-runs.
 */

const locales = [
  { prefix: '', m: zhCn, name: 'zh-cn' },
  { prefix: '/en', m: en, name: 'en' },
] as const;

const lanzhou = '620100';
const nanchang = '360100';

/** A text matched literally inside a RegExp (chart titles have brackets). */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.beforeAll(async () => {
  await Promise.all([
    ...Array.from({ length: 6 }, () =>
      takeQuiz('test-public', { region: lanzhou, grade: 'junior' }),
    ),
    takeQuiz('test-public', { region: nanchang, grade: 'junior' }),
  ]);
});

test.setTimeout(120_000);

for (const { prefix, m, name } of locales) {
  const o = m.organiser;
  test(`${name}: sign in, filter, read the figures, export CSV and XLSX`, async ({ page }) => {
    const office = await newOrganiser('620000');
    await page.goto(`${prefix}/organiser/`);
    await expectNoViolations(page);
    await page.getByLabel(o.email).fill(office.email);
    await page.getByLabel(o.password).fill('wrong password');
    await page.getByRole('button', { name: o.signIn }).click();
    await expect(page.getByRole('alert')).toHaveText(m.teacher.errors.sign_in_failed);
    await page.getByLabel(o.password).fill(office.password);
    await page.getByRole('button', { name: o.signIn }).click();
    await expect(
      page.getByText(
        fill(o.signedInAs, { email: office.email, scope: name === 'en' ? 'Gansu' : '甘肃省' }),
      ),
    ).toBeVisible();

    // the roll-up runs every second in tests: show again until 兰州 is there
    const byRegion = page.locator('[data-table="by_region"]');
    const lanzhouName = name === 'en' ? 'Lanzhou' : '兰州市';
    await expect(async () => {
      await page.getByRole('button', { name: o.show }).click();
      await expect(byRegion.getByRole('row', { name: new RegExp(lanzhouName) })).toBeVisible({
        timeout: 1000,
      });
    }).toPass({ timeout: 15_000 });
    const row = byRegion.getByRole('row', { name: new RegExp(lanzhouName) });
    // six or more (a retried worker seeds again), each finished, none right: 0 %
    const number = /^\d+$/;
    await expect(row.getByRole('cell')).toHaveText([
      lanzhouName,
      number,
      number,
      number,
      '0%',
      '0%',
    ]);
    const attempts = Number(await row.getByRole('cell').nth(1).textContent());
    expect(attempts).toBeGreaterThanOrEqual(6);
    await expect(page.locator('main')).not.toContainText(name === 'en' ? 'Nanchang' : '南昌');
    // the charts: a line per series over the days, a bar per region, each described
    await expect(
      page.getByRole('img', { name: fill(o.chartOf, { table: o.tables.participation_by_day }) }),
    ).toBeVisible();
    await expect(byRegion.getByRole('img')).toHaveAttribute(
      'aria-label',
      new RegExp(`${lanzhouName}: 6`),
    );

    // the score histogram: a column per band, described, with its table; the players here
    // answered nothing, so they are in the bottom band
    const histogram = page.locator('[data-table="score_distribution"]');
    await expect(histogram.getByRole('img')).toHaveAttribute(
      'aria-label',
      new RegExp(
        `^${escapeRegExp(fill(o.chartOf, { table: o.tables.score_distribution }))}: 0–9%: \\d+; `,
      ),
    );
    await expect(histogram.getByRole('row')).toHaveCount(11);
    const bottom = histogram.getByRole('row').nth(1).getByRole('cell');
    await expect(bottom).toHaveText(['0–9%', number, /^\d+(\.\d)?%$/]);
    expect(Number(await bottom.nth(1).textContent())).toBeGreaterThanOrEqual(attempts);

    // a period with nothing in it
    await page.getByLabel(o.from).fill('2020-01-01');
    await page.getByLabel(o.to).fill('2020-01-31');
    await page.getByRole('button', { name: o.show }).click();
    await expect(byRegion).toContainText(o.nothing);
    await expect(page).toHaveURL(/from=2020-01-01&to=2020-01-31/);
    await page.goBack().catch(() => undefined);
    await page.goto(`${prefix}/organiser/`);
    await expect(byRegion.getByRole('row', { name: new RegExp(lanzhouName) })).toBeVisible();
    await shoot(page, `organiser-${name}`, true);
    await expectNoViolations(page);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: fill(o.exportTable, { table: o.tables.by_region }) })
        .click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/by_region\.csv$/);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text).toContain(`${lanzhou},${attempts},${attempts},${attempts},0,0`);
    expect(text).not.toContain(nanchang);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: o.exportXlsx }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });
}

test('a draw is committed, revealed and re-run by anyone on the check page', async ({ page }) => {
  const o = en.organiser;
  const office = await newOrganiser('');
  await page.goto('/en/organiser/');
  await page.getByLabel(o.email).fill(office.email);
  await page.getByLabel(o.password).fill(office.password);
  await page.getByRole('button', { name: o.signIn }).click();

  const seed = `e2e-${randomUUID()}`;
  await page.getByLabel(o.draw.quiz, { exact: true }).fill('fixture-draw');
  await page.getByLabel(o.draw.group, { exact: true }).fill('primary');
  await page.getByLabel(o.draw.winners, { exact: true }).fill('2');
  await page.getByLabel(o.draw.seed, { exact: true }).fill(seed);
  await page.getByRole('button', { name: o.draw.commit }).click();
  const hash = createHash('sha256').update(seed).digest('hex');
  await expect(page.getByText(hash)).toBeVisible();
  const drawId = await page.getByLabel(o.draw.drawId, { exact: true }).inputValue();

  await setDrawWindow(new Date(Date.now() - 60_000), new Date(Date.now() + 3_600_000));
  await Promise.all(
    Array.from({ length: 3 }, () => takeQuiz('fixture-draw', { grade: 'primary' }, 'primary')),
  );
  await setDrawWindow(new Date(Date.now() - 120_000), new Date(Date.now() - 1_000));

  await page.getByRole('button', { name: o.draw.reveal }).click();
  await expect(page.getByText(o.draw.revealed)).toBeVisible();
  await page.getByRole('link', { name: o.draw.verifyLink }).click();
  await expect(page).toHaveURL(new RegExp(`/en/organiser/draw/\\?id=${drawId}`));
  await expect(page.getByLabel(o.verify.seed, { exact: true })).toHaveValue(seed);
  await page.getByRole('button', { name: o.verify.run }).click();
  await expect(page.getByText(o.verify.hashOk)).toBeVisible();
  await expect(page.getByText(o.verify.sameWinners)).toBeVisible();
  // three full-mark entrants, two drawn
  await expect(page.getByLabel(o.verify.entries)).toHaveValue(/^\w+\n\w+\n\w+$/);
  await expect(page.locator('.result li')).toHaveCount(2);
  await shoot(page, 'organiser-draw-en', true);
  await expectNoViolations(page);

  // a forged winner list does not pass
  await page.getByLabel(o.verify.published, { exact: true }).fill('somebody-else');
  await page.getByRole('button', { name: o.verify.run }).click();
  await expect(page.getByText(o.verify.otherWinners)).toBeVisible();

  await page.goto(`/organiser/draw/?id=${drawId}`);
  await page.getByRole('button', { name: zhCn.organiser.verify.run }).click();
  await expect(page.getByText(zhCn.organiser.verify.sameWinners)).toBeVisible();
  await shoot(page, 'organiser-draw-zh', true);
  await expectNoViolations(page);
});
