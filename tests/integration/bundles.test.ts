import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/content';
import { builtPages } from '../support/sitePages';

/**
 * The 3D code stays on the pages that show a model, read from the built site: every script a
 * page references, followed through its imports. A chunk holds three.js when it carries
 * three's `__THREE__` revision marker.
 */
const assets = path.join(root, 'dist', '_astro');
const source = (file: string) => readFileSync(path.join(assets, file), 'utf8');

/** Chunks a script imports before it runs (`import … from "./x.js"`) and the ones it may load later. */
function imports(file: string) {
  const text = source(file);
  const all = new Set(
    [...text.matchAll(/(?:\.\/|_astro\/)([\w.-]+\.js)/g)].map((match) => match[1]!),
  );
  const eager = new Set(
    [...text.matchAll(/(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)].map((match) => match[1]!),
  );
  all.delete(file);
  return { eager, all };
}

/** Every chunk reachable from the page's scripts; `eager` follows static imports only. */
function reachable(page: string, eager: boolean) {
  const html = readFileSync(path.join(root, 'dist', page, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/\/_astro\/([\w.-]+\.js)/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const next = imports(file);
    queue.push(...(eager ? next.eager : next.all));
  }
  return [...seen];
}

const holdsThree = (file: string) => source(file).includes('__THREE__');
const pages = builtPages();
const modelPages = pages.filter((page) => /^\/(en\/)?models\/[\w-]+\/$/.test(page));

describe('three.js ships only with the 3D viewer', () => {
  it('finds the model pages', () => {
    expect(modelPages.length).toBeGreaterThanOrEqual(28);
  });

  it.each(pages.filter((page) => !modelPages.includes(page)))(
    '%s can never load three.js',
    (page) => {
      expect(reachable(page, false).filter(holdsThree)).toEqual([]);
    },
  );

  it.each(modelPages)('%s loads three.js only after checking for WebGL', (page) => {
    expect(reachable(page, false).some(holdsThree)).toBe(true);
    expect(reachable(page, true).filter(holdsThree)).toEqual([]);
  });
});
