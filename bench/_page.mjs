// What the page benchmarks (models, vr) share: the browser they measure in, and how much script
// a page costs to download.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions, softwareWebglArgs } from '../scripts/lib/chromium.mjs';

/**
 * Launches Chromium for a page benchmark: WebGL drawn in software (the machine has no GPU), and
 * a page's timers and rendering never slowed for being in the background.
 */
export function launchPageBrowser() {
  return chromium.launch({
    ...chromiumLaunchOptions,
    args: [
      ...chromiumLaunchOptions.args,
      ...softwareWebglArgs,
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
    ],
  });
}

/**
 * Starts counting the scripts a page downloads, each at its gzipped size (a script whose body
 * is gone, as on a crashed page, counts 0); the returned function, called once the page has
 * loaded, gives the total in bytes.
 * @param {import('@playwright/test').Page} page
 * @returns {() => Promise<number>}
 */
export function gzippedScriptBytes(page) {
  /** @type {Promise<number>[]} */
  const sizes = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      sizes.push(
        response.body().then(
          (body) => gzipSync(body).length,
          () => 0,
        ),
      );
  });
  return async () => (await Promise.all(sizes)).reduce((sum, bytes) => sum + bytes, 0);
}
