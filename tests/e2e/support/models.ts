import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect } from '../fixtures';

/** Opens a model page and waits until the viewer has drawn its first frame. */
export async function openModel(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.viewer')).toHaveAttribute('data-status', 'ready', {
    timeout: 20_000,
  });
  await page.waitForFunction(() => performance.getEntriesByName('jindu:first-frame').length > 0);
}

async function raw(png: Buffer) {
  return sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

/**
 * What the canvas adds to the viewer, from pixels: the frame is shot with and without the
 * canvas (markers and captions hidden both times), and the share of pixels that differ is
 * counted in each vertical band (`bands` = 2 gives the left and right halves).
 */
export async function drawnShare(page: Page, bands = 1): Promise<number[]> {
  const frame = page.locator('.viewer .frame');
  const canvas = frame.locator('canvas');
  const overlays = frame.locator('.overlay');
  await overlays.evaluateAll((all) => all.forEach((o) => ((o as HTMLElement).style.opacity = '0')));
  const drawn = await raw(await frame.screenshot());
  await canvas.evaluate((element) => (element.style.visibility = 'hidden'));
  const empty = await raw(await frame.screenshot());
  await canvas.evaluate((element) => (element.style.visibility = ''));
  await overlays.evaluateAll((all) => all.forEach((o) => ((o as HTMLElement).style.opacity = '')));
  const { width, height } = drawn.info;
  const changed = new Array<number>(bands).fill(0);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const difference =
        Math.abs(drawn.data[i]! - empty.data[i]!) +
        Math.abs(drawn.data[i + 1]! - empty.data[i + 1]!) +
        Math.abs(drawn.data[i + 2]! - empty.data[i + 2]!);
      if (difference > 40) changed[Math.floor((x / width) * bands)]! += 1;
    }
  return changed.map((count) => count / ((width * height) / bands));
}

/** The annotation markers' centres on the canvas, in order. */
export function markerPositions(page: Page) {
  return page
    .locator('.viewer .marker')
    .evaluateAll((markers) =>
      markers.map((marker) => [
        Math.round(parseFloat((marker as HTMLElement).style.left)),
        Math.round(parseFloat((marker as HTMLElement).style.top)),
      ]),
    );
}
