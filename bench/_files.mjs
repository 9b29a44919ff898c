// @ts-check
// A plain static file server for the browser benchmarks that compare our pages with another
// library's: both sides served the same way, from one folder, on a free loopback port.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const types = /** @type {Record<string, string>} */ ({
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.glb': 'model/gltf-binary',
  '.woff2': 'font/woff2',
});

/**
 * Serves `folder` (a folder's index.html for a path ending in `/`).
 * @param {string} folder
 * @returns {Promise<{ origin: string, close: () => void }>}
 */
export async function serveFiles(folder) {
  const server = createServer(async (request, response) => {
    let file = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (file.endsWith('/')) file += 'index.html';
    try {
      const body = await readFile(path.join(folder, file));
      response.writeHead(200, {
        'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
