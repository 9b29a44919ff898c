import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Passes every HTML page of a finished build through `rewrite` and writes back the pages it
 * changed: the one walk for the integrations that mend Astro's output after `astro:build:done`.
 */
export async function rewriteBuiltPages(
  dir: URL,
  rewrite: (html: string) => string,
): Promise<void> {
  const root = fileURLToPath(dir);
  const files = await readdir(root, { recursive: true });
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const page = path.join(root, file);
    const html = await readFile(page, 'utf8');
    const rewritten = rewrite(html);
    if (rewritten !== html) await writeFile(page, rewritten);
  }
}
