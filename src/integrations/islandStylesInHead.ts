import type { AstroIntegration } from 'astro';
import { rewriteBuiltPages } from './builtPages';

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
      'astro:build:done': ({ dir }) => rewriteBuiltPages(dir, islandStyleMoved),
    },
  };
}

/** The page with Astro's island style moved from its body to the end of its head. */
function islandStyleMoved(html: string): string {
  const body = html.indexOf('<body');
  const at = body < 0 ? -1 : html.indexOf(islandStyle, body);
  if (at < 0) return html;
  const moved = html.slice(0, at) + html.slice(at + islandStyle.length);
  return moved.replace('</head>', `${islandStyle}</head>`);
}
