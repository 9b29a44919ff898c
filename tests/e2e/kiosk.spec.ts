import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoViolations } from './support/axe';
import {
  overflows,
  pairedKioskPage,
  pledgesWithCodes,
  queueActions,
  queueDepth,
  queuedActions,
  smallTargets,
  storedItems,
  visitorStorage,
} from './support/kiosk';
import { fill, quizLocales, type QuizLocale } from './support/quiz';
import { startTestServer } from '../support/server';

/**
 * The booth kiosk in real Chromium against the real server: pairing, the attract loop, each
 * station, the idle reset that leaves nothing of the visitor, the offline queue across a reload
 * with the network down, the operator panel, axe on every screen in both locales and both
 * themes, and a screenshot of every screen (with E2E_SHOTS) at a portrait totem's, a
 * landscape screen's and a tablet's size.
 */
const sizes = [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 }, // a tablet
];
const shots = process.env.E2E_SHOTS ? '/tmp/e2e-shots/kiosk' : null;
if (shots) mkdirSync(shots, { recursive: true });

/** Checks a screen as a visitor meets it: it fits, its targets are big, axe finds nothing. */
async function checkScreen(page: Page, name: string, locale: QuizLocale, withAxe: boolean) {
  const { width, height } = page.viewportSize()!;
  if (shots)
    await page.screenshot({ path: `${shots}/${locale.id}-${width}x${height}-${name}.png` });
  expect(await overflows(page), `${name} fits without scrolling`).toBe(false);
  expect(await smallTargets(page), `${name} has 64 px targets`).toEqual([]);
  if (withAxe) {
    await page.emulateMedia({ reducedMotion: 'reduce' }); // axe waits for animations to end
    await expectNoViolations(page);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  }
}

for (const locale of quizLocales)
  for (const [n, size] of sizes.entries())
    test(`${locale.id} at ${size.width}×${size.height}: attract → each station → the idle reset forgets the visitor`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(240_000);
      const words = locale.m.kiosk;
      const withAxe = n === 0;
      await page.setViewportSize(size);
      // a long idle timeout, so the checks of each screen (axe, in real time) never reach it;
      // the test then moves the clock on to it
      await page.clock.install();
      const kiosk = await pairedKioskPage(page, locale, baseURL!, { idleSeconds: 600 });
      await expect(page.locator('html')).toHaveAttribute('data-kiosk', '');
      await checkScreen(page, 'attract', locale, withAxe);

      await page.getByRole('button', { name: new RegExp(words.attract.call) }).click();
      const tiles = page.locator('.tile');
      await expect(tiles).toHaveCount(4);
      await expect(
        page.getByRole('link', { name: new RegExp(words.home.stations.vr.title) }),
      ).toHaveAttribute(
        'href',
        `${locale.prefix}/vr/?station=kiosk&exit=${encodeURIComponent(`${locale.prefix}/kiosk/`)}`,
      );
      await checkScreen(page, 'home', locale, withAxe);

      // the quick quiz: one tap per answer, big feedback, a score
      await page.getByRole('button', { name: new RegExp(words.home.stations.quiz.title) }).click();
      for (let question = 1; question <= 4; question++) {
        await expect(
          page.getByText(fill(words.quiz.progress, { n: question, total: 4 })),
        ).toBeVisible();
        if (question === 1) await checkScreen(page, 'quiz-question', locale, withAxe);
        await page.locator('.option').first().click();
        await expect(page.locator('.feedback')).toBeVisible();
        if (question === 1) await checkScreen(page, 'quiz-feedback', locale, withAxe);
        await page
          .getByRole('button', { name: question < 4 ? words.quiz.next : words.quiz.finish })
          .click();
      }
      await expect(page.getByRole('heading', { name: /\d/ })).toBeVisible();
      await checkScreen(page, 'quiz-score', locale, withAxe);
      await page.getByRole('button', { name: words.home.back }).click();

      // spot the disguise: tap one, see which is the drug and how to tell
      await page.getByRole('button', { name: new RegExp(words.home.stations.spot.title) }).click();
      await expect(page.getByRole('heading', { name: words.spot.question })).toBeVisible();
      await checkScreen(page, 'spot', locale, withAxe);
      await page.getByRole('button', { name: words.spot.left }).click();
      await expect(page.getByRole('heading', { name: words.spot.notice })).toBeVisible();
      // the 3D view follows the stage's new size on its next frame
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
      await checkScreen(page, 'spot-reveal', locale, withAxe);
      await page.getByRole('button', { name: words.home.back }).click();

      // the pledge in a few taps, with a certificate and its QR code
      await page
        .getByRole('button', { name: new RegExp(words.home.stations.pledge.title) })
        .click();
      await checkScreen(page, 'pledge-age', locale, withAxe);
      await page.getByRole('button', { name: locale.m.pledge.form.bands['18plus'] }).click();
      await checkScreen(page, 'pledge-details', locale, withAxe);
      await page.getByRole('button', { name: 'L', exact: true }).click();
      await page.getByRole('button', { name: words.pledge.sign }).click();
      await expect(page.getByRole('img', { name: words.pledge.scanLabel })).toBeVisible();
      await expect(page.getByText('L***')).toBeVisible();
      const code = (await page.getByText(/[A-Z2-9]{10}/).textContent())!.match(/[A-Z2-9]{10}/)![0];
      await checkScreen(page, 'pledge-certificate', locale, withAxe);

      // left alone: "still there?", then back to the attract loop with nothing of the visitor
      await page.clock.runFor(591_000);
      const prompt = page.getByRole('alertdialog');
      await expect(prompt).toContainText(words.idle.stay);
      await checkScreen(page, 'idle-prompt', locale, withAxe);
      await page.clock.runFor(11_000);
      // the next visitor meets the booth's default language (Chinese), whatever this one chose
      await page.waitForURL((url) => url.pathname === '/kiosk/');
      const call = quizLocales[0]!.m.kiosk.attract.call;
      await expect(page.getByRole('button', { name: new RegExp(call) })).toBeVisible();
      expect(await page.content()).not.toContain(code);
      const text = await page.locator('body').innerText();
      expect(text).not.toContain('L***');
      expect(text).not.toContain(words.pledge.certificate);
      expect(await visitorStorage(page)).toEqual({
        local: [],
        session: [],
        databases: ['jindu-kiosk'],
      });

      // what the visitor did reached the server once: a quiz round, a spot play, a pledge
      await expect.poll(async () => (await storedItems(baseURL!, kiosk.id)).length).toBe(3);
      expect((await storedItems(baseURL!, kiosk.id)).map((item) => item.kind).sort()).toEqual([
        'pledge',
        'quiz',
        'spot',
      ]);
      expect(await pledgesWithCodes(baseURL!, [code])).toMatchObject([{ code, masked: 'L***' }]);
    });

test('offline mid-quiz and mid-pledge, reloaded offline, back online: everything arrives once', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const locale = quizLocales[0]!;
  const words = locale.m.kiosk;
  await page.setViewportSize(sizes[1]!);
  const kiosk = await pairedKioskPage(page, locale, baseURL!);
  await page.getByRole('button', { name: new RegExp(words.attract.call) }).click();
  await page.getByRole('button', { name: new RegExp(words.home.stations.quiz.title) }).click();
  await page.locator('.option').first().click();
  await context.setOffline(true);
  for (let question = 1; question <= 4; question++) {
    if (question > 1) await page.locator('.option').first().click();
    await page
      .getByRole('button', { name: question < 4 ? words.quiz.next : words.quiz.finish })
      .click();
  }
  await page.getByRole('button', { name: words.home.back }).click();
  await page.getByRole('button', { name: new RegExp(words.home.stations.pledge.title) }).click();
  await page.getByRole('button', { name: locale.m.pledge.form.bands['14to17'] }).click();
  await page.getByRole('button', { name: words.pledge.sign }).click();
  const code = (await page.getByText(/[A-Z2-9]{10}/).textContent())!.match(/[A-Z2-9]{10}/)![0];
  expect(await queueDepth(page)).toBe(2);

  // a reload and a restart of the app with the network still down
  await page.reload();
  await expect(page.getByRole('button', { name: new RegExp(words.attract.call) })).toBeVisible();
  await page.getByRole('button', { name: new RegExp(words.attract.call) }).click();
  await page.getByRole('button', { name: new RegExp(words.home.stations.spot.title) }).click();
  await page.getByRole('button', { name: words.spot.right }).click();
  expect(await queueDepth(page)).toBe(3);
  const queued = await queuedActions(page);
  expect(await storedItems(baseURL!, kiosk.id)).toEqual([]);

  await context.setOffline(false);
  await expect.poll(() => queueDepth(page), { timeout: 20_000 }).toBe(0);
  expect(await storedItems(baseURL!, kiosk.id)).toHaveLength(3);

  // the server's reply was lost and the same actions are sent again: nothing doubles
  await queueActions(page, queued);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect.poll(() => queueDepth(page), { timeout: 20_000 }).toBe(0);
  const stored = await storedItems(baseURL!, kiosk.id);
  expect(stored).toHaveLength(3);
  expect(stored.map((item) => item.kind).sort()).toEqual(['pledge', 'quiz', 'spot']);
  const quiz = stored.find((item) => item.kind === 'quiz')!.data as { answers: unknown[] };
  expect(quiz.answers).toHaveLength(4);
  expect(await pledgesWithCodes(baseURL!, [code])).toHaveLength(1);
});

test('the server killed mid-flush and started again: every action arrives once', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // a server of its own, since this test takes it down
  const server = await startTestServer();
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    const locale = quizLocales[1]!;
    const words = locale.m.kiosk;
    await page.setViewportSize(sizes[0]!);
    const kiosk = await pairedKioskPage(page, locale, server.url);
    await page.getByRole('button', { name: new RegExp(words.attract.call) }).click();
    await page.getByRole('button', { name: new RegExp(words.home.stations.spot.title) }).click();
    // a day's queue: the server's replies are held back until the play has been queued again
    // 199 times under keys of its own, four batches in all
    await context.route('**/api/jindu/kiosk/batch', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: words.spot.right }).click();
    const total = 200;
    const [play] = await queuedActions(page);
    await queueActions(
      page,
      Array.from({ length: total - 1 }, (_, i) => ({
        ...play!,
        key: `${play!.key}-${i + 1}`,
        at: play!.at + i + 1,
      })),
    );
    expect(await queueDepth(page)).toBe(total);

    // the second batch reaches the server and is stored, then the server dies before it replies
    let batches = 0;
    let cut!: () => void;
    const serverCut = new Promise<void>((resolve) => (cut = resolve));
    // (the newest route handler runs first)
    await context.route('**/api/jindu/kiosk/batch', async (route) => {
      batches += 1;
      if (batches < 2) return route.continue();
      if (batches > 2) return route.abort('connectionrefused');
      await route.fetch();
      await server.kill();
      cut();
      await route.abort('connectionreset');
    });
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await serverCut;
    await expect.poll(() => queueDepth(page)).toBe(total - 50);

    // the booth carries on with the server down, across a reload
    await page.reload();
    await expect(page.getByRole('button', { name: new RegExp(words.attract.call) })).toBeVisible();
    expect(await queueDepth(page)).toBe(total - 50);

    // back up: the next flush (every 15 s) re-sends the batch whose reply was lost
    await context.unrouteAll();
    await server.restart();
    await expect.poll(() => queueDepth(page), { timeout: 40_000 }).toBe(0);
    const stored = await storedItems(server.url, kiosk.id);
    expect(stored).toHaveLength(total);
    expect(new Set(stored.map((item) => item.key)).size).toBe(total);
  } finally {
    await context.close();
    await server.stop();
  }
});

for (const locale of quizLocales)
  test(`${locale.id}: the operator panel opens with a 3 s press and the PIN, and switches stations`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const words = locale.m.kiosk;
    await page.setViewportSize(sizes[0]!);
    await pairedKioskPage(page, locale, baseURL!);
    const corner = page.getByRole('button', { name: words.operator.open });
    const box = (await corner.boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + 10);
    await page.mouse.down();
    await page.waitForTimeout(1_000);
    await page.mouse.up();
    await expect(page.getByRole('dialog')).toHaveCount(0); // a short press is not enough
    await page.mouse.down();
    await page.waitForTimeout(3_300);
    await page.mouse.up();
    await expect(page.getByRole('heading', { name: words.operator.pinTitle })).toBeVisible();
    for (const digit of '1111')
      await page.getByRole('button', { name: fill(words.operator.digit, { digit }) }).click();
    await page.getByRole('button', { name: words.operator.enter }).click();
    await expect(page.getByRole('alert')).toHaveText(words.operator.wrongPin);
    await checkScreen(page, 'operator-pin', locale, true);
    for (const digit of '2468')
      await page.getByRole('button', { name: fill(words.operator.digit, { digit }) }).click();
    await page.getByRole('button', { name: words.operator.enter }).click();
    await expect(
      page.getByRole('heading', { name: new RegExp(words.operator.title) }),
    ).toBeVisible();
    await expect(page.locator('[data-count="queue"]')).toHaveText('0');
    await expect(page.getByText(words.operator.online)).toBeVisible();
    if (shots) await page.screenshot({ path: `${shots}/${locale.id}-operator.png` });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectNoViolations(page);
    await page.getByRole('button', { name: words.home.stations.vr.title }).click();
    await page.getByRole('button', { name: words.operator.close }).click();
    // closing the panel starts afresh, in the booth's default language (Chinese)
    await page.waitForURL((url) => url.pathname === '/kiosk/');
    const call = quizLocales[0]!.m.kiosk.attract.call;
    await page.getByRole('button', { name: new RegExp(call) }).click();
    await expect(page.locator('.tile')).toHaveCount(3);
    await expect(
      page.getByRole('link', { name: new RegExp(quizLocales[0]!.m.kiosk.home.stations.vr.title) }),
    ).toHaveCount(0);
  });
