import { expect, test } from './fixtures';
import { openPledge, pledgeLocales, bandRadio, nameField, submitButton, certificateHeading, isSignCall } from './support/pledge';

const locale = pledgeLocales[0]!;
test('fast submit', async ({ page }) => {
  const log: string[] = [];
  const t0 = Date.now();
  page.on('request', (r) => { if (r.url().includes('/api/')) log.push(`${Date.now() - t0} > ${r.method()} ${r.url()}`); });
  page.on('response', async (r) => { if (r.url().includes('/api/jindu')) log.push(`${Date.now() - t0} < ${r.status()} ${r.url()} ${isSignCall(r.request()) ? await r.text() : ''}`); });
  await openPledge(page, locale);
  await bandRadio(page, locale, '18plus').check();
  await nameField(page, locale).fill('快速');
  await submitButton(page).click();
  log.push(`${Date.now() - t0} clicked: ${await submitButton(page).textContent()}`);
  await expect(certificateHeading(page, locale).or(page.getByRole('alert').filter({ hasText: /./ }))).toBeVisible({ timeout: 15000 });
  log.push(`${Date.now() - t0} alert: ${await page.getByRole('alert').allTextContents()}`);
  console.log(log.join('\n'));
});
test('stale proof retry', async ({ page }) => {
  const log: string[] = [];
  const t0 = Date.now();
  let first = true;
  await page.route('**/api/jindu/pledges', async (route) => {
    if (route.request().method() === 'POST' && first) {
      first = false;
      await route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ code: 'pledge_proof_invalid', message: 'x', status: 400 }) });
    } else await route.continue();
  });
  page.on('request', (r) => { if (r.url().includes('/api/')) log.push(`${Date.now() - t0} > ${r.method()} ${r.url()}`); });
  page.on('response', async (r) => { if (r.url().includes('/api/jindu')) log.push(`${Date.now() - t0} < ${r.status()} ${r.url()} ${isSignCall(r.request()) ? await r.text() : ''}`); });
  await openPledge(page, locale);
  await bandRadio(page, locale, '18plus').check();
  await nameField(page, locale).fill('旧证明');
  await page.waitForTimeout(3000);
  await submitButton(page).click();
  await expect(certificateHeading(page, locale).or(page.getByRole('alert').filter({ hasText: /./ }))).toBeVisible({ timeout: 15000 });
  log.push(`${Date.now() - t0} alert: ${await page.getByRole('alert').allTextContents()}`);
  for (let i = 0; i < 4; i++) {
    if (await certificateHeading(page, locale).isVisible()) break;
    await expect(submitButton(page)).toBeEnabled();
    log.push(`${Date.now() - t0} click again ${i}`);
    await submitButton(page).click();
    await expect(certificateHeading(page, locale).or(page.getByRole('alert').filter({ hasText: /./ }))).toBeVisible({ timeout: 15000 });
    await page.waitForTimeout(100);
    log.push(`${Date.now() - t0} alert: ${await page.getByRole('alert').allTextContents()}`);
  }
  console.log(log.join('\n'));
});
