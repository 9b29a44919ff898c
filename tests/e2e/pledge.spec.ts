import type { Page, Request } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { expectNoViolations } from './support/axe';
import { sidewaysOverflow } from './support/fit';
import { hydrated } from './support/islands';
import {
  bandRadio,
  certificate,
  certificateHeading,
  cityField,
  fill,
  fillForm,
  isSignCall,
  liveTotal,
  masked,
  nameField,
  openPledge,
  openVerify,
  pledgeLocales,
  pledgePath,
  proofAged,
  provinceField,
  readCertificate,
  readCertificateImage,
  readLiveTotal,
  region,
  schoolField,
  serverVerify,
  signForm,
  signPledge,
  siteOrigin,
  submitAndWait,
  submitButton,
  verifyPath,
  watchPledgeContext,
  watchSignCalls,
  type PledgeLocale,
} from './support/pledge';
import { shoot } from './support/quiz';

/**
 * The e-pledge in real Chromium against the real server, in both locales: signing and the
 * certificate (its PNG, QR code and verification page), the live count seen from another
 * device, the under-14 path that sends nothing identifying, refused names, withdrawal, the
 * certificate kept across a reload and handed back on a second signature, axe and the
 * keyboard, and a 360 px phone. Every test also fails if a page asks another origin for
 * anything or logs an error (the `offsite` fixture).
 */
const test = base.extend<{ offsite: ReturnType<typeof watchPledgeContext> }>({
  offsite: [
    async ({ context, baseURL }, use) => {
      const watch = watchPledgeContext(context, new URL(baseURL!).origin);
      await use(watch);
      expect(watch.foreign, 'requests to other origins').toEqual([]);
      expect(watch.problems, 'console and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** Distinct signers per test and locale, so that no test meets another's pledge. */
const names = {
  'zh-cn': {
    sign: '张三丰',
    live: '赵敏',
    under14: '林小雨',
    withdraw: '周芷若',
    kept: '欧阳锋',
    axe: '黄蓉',
    keyboard: '郭靖',
    phone: '杨过',
    counted: '张无忌',
    back: '小龙女',
  },
  en: {
    sign: 'Li Lei',
    live: 'Han Meimei',
    under14: 'Amy Chen',
    withdraw: 'Oliver Twist',
    kept: 'Jane Eyre',
    axe: 'Emma Woodhouse',
    keyboard: 'Anne Shirley',
    phone: 'Pip Pirrip',
    counted: 'Ada Lovelace',
    back: 'Tom Sawyer',
  },
} as const;

/** Presses Tab until the element matching `selector` has focus (at most `limit` times). */
async function tabTo(page: Page, selector: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  await expect(page.locator(selector)).toBeFocused();
}

/** Starts recording the total the live panel shows and every one after (read with `shownTotals`). */
async function recordTotals(page: Page) {
  await page.evaluate(() => {
    const total = document.querySelector('[data-pledge-total]')!;
    // the figure showing now counts too: a push may bring the same figure before the reply
    const seen = [Number(total.getAttribute('data-pledge-total'))];
    (window as { shownTotals?: number[] }).shownTotals = seen;
    new MutationObserver(() => seen.push(Number(total.getAttribute('data-pledge-total')))).observe(
      total,
      { attributes: true, attributeFilter: ['data-pledge-total'] },
    );
  });
}

/** Every total the live panel has shown since `recordTotals`. */
function shownTotals(page: Page) {
  return page.evaluate(() => (window as { shownTotals?: number[] }).shownTotals ?? []);
}

/** The verification page's outcome (a status region). */
function outcome(page: Page) {
  return page.locator('.outcome[role="status"]');
}

/** Checks the verification page's valid state for a pledge. */
async function expectValid(
  page: Page,
  locale: PledgeLocale,
  pledge: { number: number; date: string },
  signer: string | null,
) {
  const v = locale.m.pledge.verify;
  const shown = outcome(page);
  await expect(shown.getByText(v.valid)).toBeVisible();
  if (signer) await expect(shown).toContainText(fill(v.signer, { masked: signer }));
  else {
    await expect(shown).toContainText(v.under14);
    await expect(shown).not.toContainText(fill(v.signer, { masked: '' }).trim());
  }
  await expect(shown).toContainText(fill(v.number, { number: pledge.number }));
  await expect(shown).toContainText(fill(v.date, { date: pledge.date }));
}

for (const locale of pledgeLocales) {
  const { m } = locale;
  const f = m.pledge.form;
  const c = m.pledge.certificate;
  const v = m.pledge.verify;
  const who = names[locale.id];
  const zh = locale.id === 'zh-cn';

  test.describe(`e-pledge (${locale.id})`, () => {
    test.describe.configure({ mode: 'parallel' });
    test.use({ locale: locale.browserLocale });

    test('signing from 18 with a region gives a certificate; its PNG downloads with the name and a QR code that leads to the verification page', async ({
      page,
    }, testInfo) => {
      test.setTimeout(60_000);
      const name = who.sign;
      const { province, city } = region('440000', '440100');
      await openPledge(page, locale);
      await expect(page.locator('html')).toHaveAttribute('lang', zh ? 'zh-CN' : 'en');
      await shoot(page, `pledge-${locale.id}-desktop-form-empty`);
      await fillForm(page, locale, {
        band: '18plus',
        name,
        province: province.code,
        city: city.code,
      });
      await expect(signForm(page).getByText(f.privacyNote)).toBeVisible();
      await shoot(page, `pledge-${locale.id}-desktop-form-filled`);
      const { shown, body, status } = await submitAndWait(page, locale, name);
      expect(status).toBe(201);
      expect(body).toMatchObject({
        ageBand: '18plus',
        initial: Array.from(name)[0],
        province: province.code,
        city: city.code,
      });

      // the certificate: thanks with the number, a picture of it, and a link to verify it
      const section = certificate(page);
      await expect(section.getByText(fill(c.thanks, { number: shown.number }))).toBeVisible();
      expect(shown.date).toBe(
        new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date()),
      );
      const link = new URL(shown.href);
      expect(link.pathname + link.search).toBe(verifyPath(locale, shown.code));
      expect(link.origin, 'the link goes to the site serving the page').toBe(
        await siteOrigin(page),
      );
      for (const label of [c.download, c.print, c.share, c.withdraw])
        await expect(section.getByRole('button', { name: label, exact: true })).toBeVisible();
      await shoot(page, `pledge-${locale.id}-desktop-certificate`, true);

      // the wall of latest signatures shows the masked name and the region, pushed live
      const place = `${province[zh ? 'zh' : 'en']} · ${city[zh ? 'zh' : 'en']}`;
      await expect(
        page
          .locator('.wall li')
          .filter({ hasText: masked(name) })
          .filter({ hasText: place }),
      ).not.toHaveCount(0, { timeout: 10_000 });
      await expect(page.locator('.wall')).not.toContainText(name);

      // the PNG: the right size, drawn (not blank), the name in its place, a readable QR code
      const downloading = page.waitForEvent('download');
      await section.getByRole('button', { name: c.download, exact: true }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`jindu-pledge-${shown.number}.png`);
      const file = testInfo.outputPath('certificate.png');
      await download.saveAs(file);
      const image = await readCertificateImage(file);
      expect(image).toMatchObject({ format: 'png', width: 1200, height: 1697 });
      expect(image.colours, 'several colours').toBeGreaterThan(20);
      for (const deviation of image.deviation) expect(deviation).toBeGreaterThan(15);
      expect(image.underlineRow, 'the line under the name').toBeGreaterThan(0);
      expect(image.nameInk, 'the name is drawn above its line').toBeGreaterThan(500);
      // the footer line at the bottom stays clear of the code and the QR code's caption
      expect(image.footerClearance, 'blank rows above the footer').toBeGreaterThanOrEqual(20);
      const verifyUrl = `${await siteOrigin(page)}${verifyPath(locale, shown.code)}`;
      expect(image.qr, 'the QR code').toBe(verifyUrl);

      // what the QR code opens (here, on the test server): valid, masked name, number, date
      await openVerify(page, locale, shown.code);
      await expectValid(page, locale, shown, masked(name));
      await expect(page.getByRole('textbox', { name: v.codeLabel, exact: true })).toHaveValue(
        shown.code,
      );
      await expect(page.locator('main')).not.toContainText(name);
      expect((await serverVerify(page, shown.code)).body).toEqual({
        number: shown.number,
        masked: masked(name),
        ageBand: '18plus',
        date: shown.date,
      });
      await shoot(page, `pledge-${locale.id}-desktop-verify-valid`);
    });

    test('another device sees the live count go up without reloading', async ({
      page,
      browser,
      baseURL,
    }) => {
      test.setTimeout(60_000);
      const origin = new URL(baseURL!).origin;
      // a province no other test uses (one per locale), so its count must go up by exactly one
      const { province, city } = zh ? region('540000', '540100') : region('650000', '650100');
      const provinceName = province[zh ? 'zh' : 'en'];
      const other = await browser.newContext({ baseURL: origin, locale: locale.browserLocale });
      const watch = watchPledgeContext(other, origin);
      try {
        const viewer = await other.newPage();
        const subscribed = viewer.waitForResponse(
          (response) =>
            response.request().method() === 'POST' &&
            new URL(response.url()).pathname === '/api/realtime',
        );
        await openPledge(viewer, locale);
        expect((await subscribed).ok(), 'subscribed to the live count').toBe(true);
        const before = await readLiveTotal(viewer);
        const regionCount = viewer
          .locator('.regions li')
          .filter({ hasText: provinceName })
          .locator('.count');
        const regionBefore = (await regionCount.count())
          ? Number(await regionCount.textContent())
          : 0;
        await viewer.evaluate(() => ((window as { unreloaded?: boolean }).unreloaded = true));

        await openPledge(page, locale);
        await signPledge(page, locale, {
          band: '18plus',
          name: who.live,
          province: province.code,
          city: city.code,
        });

        // the other device: the count goes up (other tests may sign at the same time, so at
        // least one) and this province's count by exactly one, pushed over the realtime link
        await expect
          .poll(() => readLiveTotal(viewer), { timeout: 10_000 })
          .toBeGreaterThanOrEqual(before + 1);
        await expect(regionCount).toHaveText(String(regionBefore + 1), { timeout: 10_000 });
        await expect(
          viewer
            .locator('.wall li')
            .filter({ hasText: masked(who.live) })
            .filter({ hasText: provinceName }),
        ).not.toHaveCount(0);
        const total = await readLiveTotal(viewer);
        await expect(liveTotal(viewer)).toHaveText(
          fill(m.pledge.live.total, { count: new Intl.NumberFormat(locale.id).format(total) }),
        );
        expect(
          await viewer.evaluate(() => (window as { unreloaded?: boolean }).unreloaded),
          'the viewer did not reload',
        ).toBe(true);
        await shoot(viewer, `pledge-${locale.id}-desktop-live-viewer`);
        expect(watch.foreign).toEqual([]);
        expect(watch.problems).toEqual([]);
      } finally {
        await other.close();
      }
    });

    test('under 14: the notice shows, region and school go, and the sign call carries no name, initial, region or school', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const name = who.under14;
      await openPledge(page, locale);
      const calls = watchSignCalls(page);
      // someone starts as 18+, picks a region and a school, then says they are under 14
      await fillForm(page, locale, {
        band: '18plus',
        name,
        province: '440000',
        city: '440100',
        school: zh ? '实验小学' : 'Park Lane Primary',
      });
      await bandRadio(page, locale, 'under14').check();
      await expect(signForm(page).getByText(f.under14Notice)).toBeVisible();
      await expect(signForm(page).getByText(f.privacyNote)).toHaveCount(0);
      await expect(provinceField(page, locale)).toHaveCount(0);
      await expect(cityField(page, locale)).toHaveCount(0);
      await expect(schoolField(page, locale)).toHaveCount(0);
      await expect(nameField(page, locale)).toHaveValue(name);
      await shoot(page, `pledge-${locale.id}-desktop-form-under14`);

      const { shown, body } = await submitAndWait(page, locale, name);
      expect(calls.bodies).toHaveLength(1);
      expect(Object.keys(body).sort()).toEqual([
        'ageBand',
        'city',
        'device',
        'initial',
        'key',
        'nameHash',
        'proof',
        'province',
        'school',
        'website',
      ]);
      expect(body).toMatchObject({
        ageBand: 'under14',
        initial: '',
        province: '',
        city: '',
        school: '',
      });
      expect(calls.raw[0]).not.toContain(name);
      for (const part of name.split(' ')) expect(calls.raw[0]).not.toContain(part);
      if (zh) expect(calls.raw[0]).not.toContain(Array.from(name)[0]);

      // the certificate still carries the name: drawn from what this browser keeps
      await expect(certificate(page).getByRole('img')).toHaveAttribute('alt', new RegExp(name));
      const kept = await page.evaluate(() => localStorage.getItem('jindu.pledge.certificate'));
      expect(JSON.parse(kept!)).toMatchObject({ name, code: shown.code, ageBand: 'under14' });
      expect(JSON.parse(kept!).masked).toBeUndefined();

      await openVerify(page, locale, shown.code);
      await expectValid(page, locale, shown, null);
      expect((await serverVerify(page, shown.code)).body).toEqual({
        number: shown.number,
        ageBand: 'under14',
        date: shown.date,
      });
      await shoot(page, `pledge-${locale.id}-desktop-verify-under14`);
    });

    test('a missing age band, an empty name, invisible or bidi characters and a 21-character name are refused in the form, and nothing is sent', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await openPledge(page, locale);
      const calls = watchSignCalls(page);
      const alert = signForm(page).getByRole('alert');
      const error = page.locator('#pledge-name-error');

      // no age band yet
      await submitButton(page).click();
      await expect(alert).toHaveText(m.errors.pledge_age_band_required);
      await expect(nameField(page, locale)).toHaveCount(0);

      await bandRadio(page, locale, '18plus').check();
      const field = nameField(page, locale);
      const cases: [string, string, string][] = [
        ['empty', '', f.nameEmpty],
        ['only spaces', '   ', f.nameEmpty],
        ['zero-width space', zh ? '张\u200b三' : 'Li\u200bLei', f.nameInvalid],
        ['zero-width joiner', zh ? '\u200d张三' : '\u200dLi Lei', f.nameInvalid],
        ['right-to-left override', zh ? '张\u202e三' : 'Li \u202eieL', f.nameInvalid],
        ['right-to-left isolate', zh ? '王\u2067五\u2069' : 'Li \u2067Lei\u2069', f.nameInvalid],
        ['starts with a digit', zh ? '1张三' : '1 Li Lei', f.nameInvalid],
        ['21 characters', zh ? '张'.repeat(21) : 'Abcdefghij Klmnopqrst', f.nameTooLong],
      ];
      for (const [what, value, message] of cases) {
        await field.fill(value);
        expect(await field.inputValue(), what).toBe(value);
        await submitButton(page).click();
        await expect(error, what).toHaveText(message);
        await expect(field, what).toHaveAttribute('aria-invalid', 'true');
        await expect(field, what).toBeFocused();
        await expect(certificateHeading(page, locale)).toHaveCount(0);
        if (what === 'zero-width space')
          await shoot(page, `pledge-${locale.id}-desktop-form-error`);
      }
      // the field is described by its help and its error
      await expect(field).toHaveAccessibleDescription(
        new RegExp(f.nameTooLong.replace('.', '\\.')),
      );
      await page.waitForTimeout(500);
      expect(calls.bodies, 'no sign call').toEqual([]);
    });

    test('withdrawing (after a change of mind) brings the form back and the old code no longer verifies', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await openPledge(page, locale);
      const { shown } = await signPledge(page, locale, { band: '14to17', name: who.withdraw });
      expect((await serverVerify(page, shown.code)).status).toBe(200);

      // first the signer cancels the confirmation: nothing happens
      const messages: string[] = [];
      page.once('dialog', (dialog) => {
        messages.push(dialog.message());
        void dialog.dismiss();
      });
      const withdraw = certificate(page).getByRole('button', { name: c.withdraw, exact: true });
      await withdraw.click();
      await expect(certificateHeading(page, locale)).toBeVisible();
      expect(messages).toEqual([c.withdrawConfirm]);
      expect((await serverVerify(page, shown.code)).status).toBe(200);

      // then confirms
      page.once('dialog', (dialog) => void dialog.accept());
      const withdrawn = page.waitForResponse(
        (response) => new URL(response.url()).pathname === '/api/jindu/pledges/withdraw',
      );
      await withdraw.click();
      expect((await withdrawn).status()).toBe(200);
      await expect(certificateHeading(page, locale)).toHaveCount(0);
      await expect(bandRadio(page, locale, '14to17')).toBeVisible();
      await expect(nameField(page, locale)).toHaveValue('');
      expect(
        await page.evaluate(() => localStorage.getItem('jindu.pledge.certificate')),
      ).toBeNull();
      await shoot(page, `pledge-${locale.id}-desktop-after-withdraw`);

      const response = await serverVerify(page, shown.code);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: 'pledge_not_found' });
      await page.reload();
      await hydrated(page, 'PledgeForm');
      await expect(bandRadio(page, locale, '18plus')).toBeVisible();
      await expect(certificateHeading(page, locale)).toHaveCount(0);

      await openVerify(page, locale, shown.code);
      await expect(outcome(page)).toHaveText(v.notFound);
      await expect(outcome(page).getByText(v.valid)).toHaveCount(0);
      await shoot(page, `pledge-${locale.id}-desktop-verify-not-found`);
    });

    test('the certificate survives a reload, and signing again from the same browser with the same name hands back the same certificate', async ({
      page,
      context,
    }) => {
      test.setTimeout(60_000);
      const name = who.kept;
      // a second tab of the same browser, opened before signing
      const second = await context.newPage();
      await openPledge(second, locale);
      await openPledge(page, locale);
      const { shown, status } = await signPledge(page, locale, { band: '18plus', name });
      expect(status).toBe(201);

      await page.reload();
      await hydrated(page, 'PledgeForm');
      await expect(certificateHeading(page, locale)).toBeVisible();
      await expect(signForm(page)).toHaveCount(0);
      expect(await readCertificate(page, locale, name)).toEqual(shown);
      await expect(
        certificate(page).getByText(fill(c.thanks, { number: shown.number })),
      ).toBeVisible();

      // the other tab still shows the form: sign again there, with the name typed loosely
      await expect(signForm(second)).toBeVisible();
      await fillForm(second, locale, { band: '18plus', name: ` ${name.replace(' ', '  ')} ` });
      const again = await submitAndWait(second, locale, name);
      expect(again.status).toBe(200);
      expect(again.shown).toEqual(shown);
      await expect(certificate(second).getByText(c.existing, { exact: true })).toBeVisible();
      await shoot(second, `pledge-${locale.id}-desktop-certificate-existing`);
    });

    test('axe finds no WCAG 2.2 AA violation on the form, the certificate and the verification page, light and dark', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await openPledge(page, locale);
      await bandRadio(page, locale, '14to17').check();
      await expect(schoolField(page, locale)).toBeVisible();
      await expectNoViolations(page);

      await bandRadio(page, locale, 'under14').check();
      await expect(signForm(page).getByText(f.under14Notice)).toBeVisible();
      await submitButton(page).click();
      await expect(page.locator('#pledge-name-error')).toHaveText(f.nameEmpty);
      await expectNoViolations(page);

      await bandRadio(page, locale, '18plus').check();
      const { shown } = await signPledge(page, locale, {
        band: '18plus',
        name: who.axe,
      });
      await expectNoViolations(page);

      await openVerify(page, locale, shown.code);
      await expectValid(page, locale, shown, masked(who.axe));
      await expectNoViolations(page);

      await openVerify(page, locale, 'ZZZZZZZZZZ');
      await expect(outcome(page)).toHaveText(v.notFound);
      await expectNoViolations(page);

      // a code typed wrong, then right, in the page's own form
      const code = page.getByRole('textbox', { name: v.codeLabel, exact: true });
      await code.fill('abc');
      await code.press('Enter');
      await expect(outcome(page)).toHaveText(v.invalidCode);
      await expectNoViolations(page);
      await code.fill(`${shown.code.slice(0, 5).toLowerCase()}-${shown.code.slice(5)}`);
      await page.getByRole('button', { name: v.check, exact: true }).click();
      await expectValid(page, locale, shown, masked(who.axe));
      expect(new URL(page.url()).search).toBe(`?code=${shown.code}`);
    });

    test('the whole form can be filled in and sent with the keyboard, and focus moves to the certificate', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const name = who.keyboard;
      await openPledge(page, locale);
      // Tab into the age band group, Space picks the first band, arrows move to 18 or over
      await tabTo(page, 'input[name="age-band"]');
      await expect(bandRadio(page, locale, 'under14')).toBeFocused();
      await page.keyboard.press('Space');
      await expect(bandRadio(page, locale, 'under14')).toBeChecked();
      await page.keyboard.press('ArrowRight');
      await expect(bandRadio(page, locale, '14to17')).toBeChecked();
      await page.keyboard.press('ArrowDown');
      await expect(bandRadio(page, locale, '18plus')).toBeChecked();
      await expect(bandRadio(page, locale, '18plus')).toBeFocused();

      await page.keyboard.press('Tab');
      await expect(nameField(page, locale)).toBeFocused();
      await page.keyboard.type(name);
      await page.keyboard.press('Tab');
      await expect(provinceField(page, locale)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(provinceField(page, locale)).toHaveValue('110000');
      await page.keyboard.press('Tab');
      await expect(cityField(page, locale)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(cityField(page, locale)).toHaveValue('110101');
      await page.keyboard.press('Tab');
      await expect(schoolField(page, locale)).toBeFocused();
      await page.keyboard.type(zh ? '第一中学' : 'Green Gables School');
      // the honeypot is skipped: the next stop is the submit button
      await page.keyboard.press('Tab');
      await expect(submitButton(page)).toBeFocused();
      await expect(submitButton(page)).toHaveText(f.submit);

      const { body } = await submitAndWait(page, locale, name, 'enter');
      expect(body).toMatchObject({
        ageBand: '18plus',
        province: '110000',
        city: '110101',
        school: zh ? '第一中学' : 'Green Gables School',
        website: '',
      });
      await expect(certificateHeading(page, locale)).toBeFocused();
      // and on from the heading: the first stop is one of the certificate's buttons
      await page.keyboard.press('Tab');
      await expect(
        certificate(page).getByRole('button', { name: c.share, exact: true }),
      ).toBeFocused();
    });

    test('fits a 360 px phone: the form, the certificate and the verification page, without sideways scroll and with 44 px controls', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width: 360, height: 740 });
      await openPledge(page, locale);
      await shoot(page, `pledge-${locale.id}-phone-form-empty`);
      await fillForm(page, locale, {
        band: '14to17',
        name: who.phone,
        province: '440000',
        city: '440100',
        school: zh ? '广州市第一中学' : 'Guangzhou No. 1 Middle School',
      });
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      const controls = signForm(page).locator(
        'label.chip, input:not([type="radio"]):visible, select, button',
      );
      const boxes = await controls.evaluateAll((elements) =>
        elements
          .filter((element) => !element.closest('.trap'))
          .map((element) => {
            const box = element.getBoundingClientRect();
            return {
              what: `${element.tagName} ${element.id || element.textContent?.trim().slice(0, 20)}`,
              left: box.left,
              right: box.right,
              height: box.height,
            };
          }),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(8);
      for (const box of boxes) {
        expect(box.left, `${box.what} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box.right, `${box.what} ends on screen`).toBeLessThanOrEqual(360);
        expect(box.height, `${box.what} is a 44 px target`).toBeGreaterThanOrEqual(44);
      }
      await signForm(page).scrollIntoViewIfNeeded();
      await shoot(page, `pledge-${locale.id}-phone-form-filled`);

      await submitAndWait(page, locale, who.phone);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      const section = certificate(page);
      const picture = (await section.getByRole('img').boundingBox())!;
      expect(picture.x).toBeGreaterThanOrEqual(0);
      expect(picture.x + picture.width).toBeLessThanOrEqual(360);
      for (const label of [c.share, c.download, c.print, c.withdraw]) {
        const box = (await section
          .getByRole('button', { name: label, exact: true })
          .boundingBox())!;
        expect(box.x + box.width, `${label} ends on screen`).toBeLessThanOrEqual(360);
        expect(box.height, `${label} is a 44 px target`).toBeGreaterThanOrEqual(44);
      }
      await shoot(page, `pledge-${locale.id}-phone-certificate`, true);

      const { code } = await readCertificate(page, locale, who.phone);
      await openVerify(page, locale, code);
      await expect(outcome(page).getByText(v.valid)).toBeVisible();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      for (const control of [
        page.getByRole('textbox', { name: v.codeLabel, exact: true }),
        page.getByRole('button', { name: v.check, exact: true }),
      ])
        expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await shoot(page, `pledge-${locale.id}-phone-verify-valid`);
      await openVerify(page, locale, 'ZZZZZZZZZZ');
      await expect(outcome(page)).toHaveText(v.notFound);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, `pledge-${locale.id}-phone-verify-not-found`);
    });

    test("the signer's own count moves at once from its reply, the certificate gives its number, and the panel says how the two differ", async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await openPledge(page, locale);
      await readLiveTotal(page);
      await expect(page.getByText(m.pledge.live.note)).toBeVisible();
      await recordTotals(page);
      const reply = page.waitForResponse(
        (response) => isSignCall(response.request()) && response.status() === 201,
      );
      await fillForm(page, locale, { band: '18plus', name: who.counted });
      await submitButton(page).click();
      const { counts, number } = (await (await reply).json()) as {
        counts: { total: number; today: number };
        number: number;
      };
      // no waiting for the next push (once a second): the reply itself moves the count (other
      // tests sign and withdraw meanwhile, so it is the reply's figure that must have shown)
      await expect
        .poll(() => shownTotals(page), { timeout: 500, intervals: [50] })
        .toContain(counts.total);
      await expect(
        certificate(page).getByText(fill(c.thanks, { number }), { exact: true }),
      ).toBeVisible();
    });

    test('after a withdrawal on a phone, the message shows below the sticky header and the count drops at once', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width: 390, height: 844 });
      await openPledge(page, locale);
      await signPledge(page, locale, { band: 'under14', name: who.back });
      await readLiveTotal(page);
      await recordTotals(page);
      page.once('dialog', (dialog) => void dialog.accept());
      const withdrawn = page.waitForResponse(
        (response) => new URL(response.url()).pathname === '/api/jindu/pledges/withdraw',
      );
      await certificate(page).getByRole('button', { name: c.withdraw, exact: true }).click();
      const { counts } = (await (await withdrawn).json()) as { counts: { total: number } };
      await expect
        .poll(() => shownTotals(page), { timeout: 500, intervals: [50] })
        .toContain(counts.total);
      const message = page.getByText(c.withdrawn);
      await expect(message).toBeVisible();
      const header = await page.locator('.site-header').boundingBox();
      const shown = await message.boundingBox();
      expect(shown!.y, 'the message starts below the sticky header').toBeGreaterThanOrEqual(
        header!.y + header!.height,
      );
      expect(shown!.y + shown!.height).toBeLessThanOrEqual(844);
      await shoot(page, `pledge-${locale.id}-phone-after-withdraw`);
    });

    test('the pledge pages fetch nothing from another origin and log no errors, from the page through signing to verifying', async ({
      page,
      offsite,
    }) => {
      test.setTimeout(60_000);
      await openPledge(page, locale);
      await page.goto(verifyPath(locale));
      await hydrated(page, 'VerifyPledge');
      await expect(outcome(page)).toBeEmpty();
      await page.getByRole('link', { name: m.pledge.title }).first().click();
      await expect(page).toHaveURL(new RegExp(`${pledgePath(locale)}$`));
      await hydrated(page, 'PledgeForm');
      await openVerify(page, locale, 'ZZZZZZZZZZ');
      await expect(outcome(page)).toHaveText(v.notFound);
      expect(offsite.foreign).toEqual([]);
      expect(offsite.problems).toEqual([]);
      // the one console error there is: Chromium's note of the verification API's 404
      expect(offsite.notFound).toHaveLength(1);
    });
  });
}

test.describe('e-pledge, when things go wrong', () => {
  // A proof of work the server refuses as stale (the form was open over 10 minutes) is replaced
  // by a fresh one, sent only once the server will take it (a second after issue), so one click
  // still signs. The stale refusal is played by the route.
  test('a proof refused as stale is replaced and the pledge goes through', async ({
    page,
    offsite,
  }) => {
    const locale = pledgeLocales[0]!;
    let refused = false;
    await page.route('**/api/jindu/pledges', async (route) => {
      if (route.request().method() !== 'POST' || refused) return route.continue();
      refused = true;
      await route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({ status: 400, code: 'pledge_proof_invalid', message: 'expired' }),
      });
    });
    // each challenge and each signing, timed by the browser itself (Node's own event times lag
    // behind the browser's on a busy machine)
    const challenges: Request[] = [];
    const signings: Request[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/jindu/pledges/challenge')
        challenges.push(request);
      if (isSignCall(request)) signings.push(request);
    });
    await openPledge(page, locale);
    await fillForm(page, locale, { band: '18plus', name: '过期' });
    await proofAged(page);
    await submitButton(page).click();
    await expect(certificateHeading(page, locale)).toBeFocused({ timeout: 15_000 });
    // how old the latest challenge (from its answer's arrival) was when each proof was sent
    const arrived = challenges.map((request) => {
      const timing = request.timing();
      return timing.startTime + timing.responseStart;
    });
    const ages = signings.map((request) => {
      const sent = request.timing().startTime;
      return sent - Math.max(...arrived.filter((at) => at <= sent));
    });
    expect(
      ages.slice(1).every((age) => age >= 1_000),
      `proof ages ${ages.join(', ')} ms`,
    ).toBe(true);
    // the played refusal's own console line
    const played = offsite.problems.findIndex((problem) => problem.includes('status of 400'));
    if (played >= 0) offsite.problems.splice(played, 1);
  });

  // After withdrawing, the form comes back saying so, with focus on its heading.
  test('withdrawing says so and keeps focus in the sign section', async ({ page }) => {
    const locale = pledgeLocales[0]!;
    await openPledge(page, locale);
    await signPledge(page, locale, { band: '18plus', name: '撤回后' });
    page.once('dialog', (dialog) => void dialog.accept());
    await certificate(page)
      .getByRole('button', { name: locale.m.pledge.certificate.withdraw, exact: true })
      .click();
    await expect(signForm(page)).toBeVisible();
    await expect(page.getByText(locale.m.pledge.certificate.withdrawn)).toBeVisible();
    expect(await page.evaluate(() => document.activeElement?.closest('.sign') !== null)).toBe(true);
  });
});
