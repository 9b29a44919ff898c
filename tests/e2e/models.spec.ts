import { chromiumLaunchOptions, softwareWebglArgs } from '../../scripts/lib/chromium.mjs';
import { builtPages } from '../support/sitePages';
import { expect, test } from './fixtures';
import { expectNoViolations } from './support/axe';
import { drawnShare, markerPositions, openModel } from './support/models';

/**
 * The 3D models as visitors use them, in Chromium with software WebGL: every model draws, and
 * the notes, compare mode, keyboard, idle rotation, context loss and VR button behave.
 * Without WebGL: models-fallback.spec.ts.
 */
const modelPages = builtPages().filter((page) => /^\/(en\/)?models\/[\w-]+\/$/.test(page));
const sachet = '/models/milk-tea-sachet/';

test.use({
  launchOptions: {
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, ...softwareWebglArgs],
  },
});

for (const path of modelPages)
  test(`${path} draws its model`, async ({ page }) => {
    await openModel(page, path);
    const [share] = await drawnShare(page);
    expect(share, 'share of the frame the model covers').toBeGreaterThan(0.01);
    await expect(page.locator('.viewer .poster')).toHaveCount(0);
    const notes = await page.locator('.notes li').count();
    await expect(page.locator('.viewer .marker')).toHaveCount(notes);
  });

test('notes show and hide, in both languages', async ({ page }) => {
  for (const [path, label] of [
    [sachet, '编号要点'],
    [`/en${sachet}`, 'Numbered notes'],
  ] as const) {
    await openModel(page, path);
    const toggle = page.getByRole('button', { name: label });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.viewer .marker')).toHaveCount(3);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.viewer .marker')).toHaveCount(0);
    await toggle.click();
    await expect(page.locator('.viewer .marker')).toHaveCount(3);
  }
});

test('compare mode puts the ordinary product beside its disguised twin', async ({ page }) => {
  await openModel(page, `/en${sachet}`);
  const [alone] = await drawnShare(page, 2);
  await page.getByRole('button', { name: 'Compare with the real product' }).click();
  const captions = page.locator('.viewer .caption');
  await expect(captions).toHaveText(['Ordinary milk-tea sachet', 'Drugs in a “milk tea” sachet']);
  const [left, right] = await drawnShare(page, 2);
  expect(left).toBeGreaterThan(0.01);
  expect(right).toBeGreaterThan(0.01);
  expect(alone).toBeGreaterThan(0);
  const [first, second] = await captions.evaluateAll((all) =>
    all.map((caption) => caption.getBoundingClientRect().x),
  );
  expect(second!).toBeGreaterThan(first!);
  await expect(page.locator('#viewer-description')).toContainText('Left: Ordinary milk-tea sachet');
  // the ordinary product's page offers the way back to the disguise
  await page.goto('/en/models/milk-tea-ordinary/');
  await expect(
    page.getByRole('link', { name: /disguised drug to compare it with/ }),
  ).toHaveAttribute('href', '/en/models/milk-tea-sachet/');
});

test('arrow keys turn, + and − zoom, R resets', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openModel(page, sachet);
  const start = await markerPositions(page);
  const frame = page.getByRole('application', { name: '3D 模型，可以拖动旋转' });
  await frame.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => markerPositions(page)).not.toEqual(start);
  await page.keyboard.press('r');
  await expect.poll(() => markerPositions(page)).toEqual(start);
  const spread = (points: number[][]) => Math.abs(points[0]![1]! - points[1]![1]!);
  await page.keyboard.press('+');
  await expect.poll(async () => spread(await markerPositions(page))).toBeGreaterThan(spread(start));
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(async () => spread(await markerPositions(page))).toBeLessThan(spread(start));
  await page.getByRole('button', { name: '复位' }).click();
  await expect.poll(() => markerPositions(page)).toEqual(start);
});

test('turns by itself after a few idle seconds, but not with reduced motion', async ({ page }) => {
  await openModel(page, sachet);
  const start = await markerPositions(page);
  await expect.poll(() => markerPositions(page), { timeout: 8_000 }).not.toEqual(start);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openModel(page, sachet);
  const still = await markerPositions(page);
  await page.waitForTimeout(5_500);
  expect(await markerPositions(page)).toEqual(still);
});

test('a lost WebGL context shows the poster, then the model again when it returns', async ({
  page,
}) => {
  await openModel(page, `/en${sachet}`);
  await page.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    const lose = gl!.getExtension('WEBGL_lose_context')!;
    lose.loseContext();
    (window as unknown as { restore: () => void }).restore = () => lose.restoreContext();
  });
  await expect(page.locator('.viewer')).toHaveAttribute('data-status', 'lost');
  await expect(page.locator('.viewer .poster img')).toBeVisible();
  await expect(page.getByText('The 3D view was interrupted')).toBeVisible();
  await page.evaluate(() => (window as unknown as { restore: () => void }).restore());
  await expect(page.locator('.viewer')).toHaveAttribute('data-status', 'ready');
  await expect.poll(async () => (await drawnShare(page))[0]).toBeGreaterThan(0.01);
});

test('nothing leaves our origin, compare and VR code included', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openModel(page, sachet);
  await page.getByRole('button', { name: '和普通商品对比' }).click();
  await expect(page.locator('.viewer .caption')).toHaveCount(2);
  await page.waitForLoadState('networkidle');
  const foreign = requests.filter(
    (url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin,
  );
  expect(foreign).toEqual([]);
  expect(requests.some((url) => /\/_astro\/mount\.[\w-]+\.js$/.test(url))).toBe(true);
});

test('full screen takes the viewer, toolbar included, and gives it back', async ({ page }) => {
  await openModel(page, `/en${sachet}`);
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.className ?? ''))
    .toContain('viewer');
  await expect(page.getByRole('button', { name: 'Reset view' })).toBeVisible();
  await page.getByRole('button', { name: 'Exit full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
});

test('no VR button where the browser has no immersive VR', async ({ page }) => {
  await openModel(page, `/en${sachet}`);
  await expect(page.getByRole('button', { name: 'Reset view' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enter VR' })).toHaveCount(0);
});

test('where immersive VR is offered, the button appears and a refusal breaks nothing', async ({
  page,
}) => {
  // a headset browser that says yes to VR and then turns the session down
  await page.addInitScript(() => {
    const xr = new EventTarget() as EventTarget & Record<string, unknown>;
    xr['isSessionSupported'] = (mode: string) => Promise.resolve(mode === 'immersive-vr');
    xr['requestSession'] = () =>
      Promise.reject(new DOMException('No headset here', 'NotSupportedError'));
    Object.defineProperty(navigator, 'xr', { value: xr });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openModel(page, `/en${sachet}`);
  await page.getByRole('button', { name: 'Enter VR' }).click();
  await expect(page.getByRole('alert')).toHaveText(/VR could not start/);
  await expect(page.locator('.viewer')).toHaveAttribute('data-status', 'ready');
  expect(errors).toEqual([]);
});

test('the viewer passes axe once the model is drawn', async ({ page }) => {
  await openModel(page, `/en${sachet}`);
  await expectNoViolations(page);
});
