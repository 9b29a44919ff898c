import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The style Astro writes before a page's first island (astro/runtime/server/scripts.js). */
const islandStyle = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/**
 * Moves the island style Astro writes into `<body>`, just before the first island, to the end
 * of `<head>`: HTML allows a `<style>` in the body only as its parent's first child, and the Nu
 * HTML Checker (tests/integration/html-valid.test.ts) fails every page on it otherwise. Its
 * place in the head is after the page's Content-Security-Policy meta, whose hash list already
 * names it, so the browser still applies it.
 */
export function islandStylesInHead(): AstroIntegration {
  return {
    name: 'jindu:island-styles-in-head',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = await readdir(root, { recursive: true });
        for (const file of files.filter((name) => name.endsWith('.html'))) {
          const page = path.join(root, file);
          const html = await readFile(page, 'utf8');
          const at = html.indexOf(islandStyle, html.indexOf('<body'));
          if (html.indexOf('<body') < 0 || at < 0) continue;
          const moved = html.slice(0, at) + html.slice(at + islandStyle.length);
          await writeFile(page, moved.replace('</head>', `${islandStyle}</head>`));
        }
      },
    },
  };
}
