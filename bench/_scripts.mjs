// Shared by the page benchmarks (models, vr): how much script a page costs to download.
import { gzipSync } from 'node:zlib';

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
