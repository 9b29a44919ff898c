import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro writes the root 404 page as `404.html` but a locale's as `<locale>/404/index.html`.
 * The server looks for `<locale>/404.html` (pocketbase/internal/site), and `/en/404/` should
 * not exist as an ordinary page answering 200, so the file is moved after the build.
 */
export function localeNotFoundPages(prefixedLocales: readonly string[]): AstroIntegration {
  return {
    name: 'jindu:locale-not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const locale of prefixedLocales) {
          const from = fileURLToPath(new URL(`${locale}/404/index.html`, dir));
          await rename(from, fileURLToPath(new URL(`${locale}/404.html`, dir)));
          await rm(fileURLToPath(new URL(`${locale}/404/`, dir)), { recursive: true });
        }
      },
    },
  };
}
