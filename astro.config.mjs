// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { islandStylesInHead } from './src/integrations/islandStylesInHead';
import { pageCspHashes } from './src/integrations/pageCspHashes';
import { kioskServiceWorker } from './src/integrations/kioskServiceWorker';
import { localeNotFoundPages } from './src/integrations/localeNotFoundPages';
import { precompress } from './src/integrations/precompress';
import { noXrEmulator } from './src/integrations/noXrEmulator';
import { refusalSteps } from './src/integrations/refusalSteps';
import { config } from './scripts/lib/config.mjs';

/** The dev PocketBase that `npm run dev` starts beside Astro; see scripts/dev.mjs. */
const devApi = `http://${config.devApi}`;

export default defineConfig({
  // Absolute URLs (hreflang alternates, Open Graph) need the public origin.
  site: config.siteUrl,
  output: 'static',
  // Shiki colours code with inline styles, which the CSP (rightly) refuses.
  markdown: { syntaxHighlight: false },
  // Illustrations are our own SVG files (src/assets/illustrations); sharp rasterises them into
  // responsive images. Safe only because no SVG comes from outside the repository.
  image: { dangerouslyProcessSVG: true },
  // Pages are directories (/about/); PocketBase redirects /about to /about/. 'ignore' keeps the dev
  // server from answering the proxied /api routes with its own trailing-slash 404.
  trailingSlash: 'ignore',
  // Order matters: pages are final (their inline styles placed, their CSP narrowed to their own
  // hashes) before the kiosk's service worker fingerprints them, and precompress goes last,
  // compressing what the others leave in dist/.
  integrations: [
    svelte(),
    localeNotFoundPages(['en']),
    refusalSteps(),
    islandStylesInHead(),
    pageCspHashes(),
    kioskServiceWorker(),
    precompress(),
  ],
  i18n: {
    locales: ['zh-cn', 'en'],
    defaultLocale: 'zh-cn',
    routing: { prefixDefaultLocale: false },
  },
  security: {
    // Astro hashes every inline script and style it emits into a <meta> CSP (every page lists
    // the whole site's; pageCspHashes keeps each page's own); PocketBase copies that policy
    // into the response header (pocketbase/internal/site).
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    plugins: [noXrEmulator()],
    server: {
      // One origin in development too: the browser talks to Astro, Astro forwards the API.
      proxy: {
        '/api': { target: devApi, changeOrigin: false, ws: false },
        '/_/': { target: devApi },
      },
    },
  },
});
