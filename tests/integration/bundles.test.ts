import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/content';
import { builtPages } from '../support/sitePages';

/**
 * The 3D code stays on the pages that show a model (the kiosk's included) and on the VR page, read from the built
 * site: every script a page references, followed through its imports. A chunk holds three.js
 * when it carries three's `__THREE__` revision marker, and the WebXR input code when it names
 * the input profiles list (`profilesList.json`) that @pmndrs/xr's controllers read.
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
const holdsXr = (file: string) => source(file).includes('profilesList.json');
const pages = builtPages();
const modelPages = pages.filter((page) => /^\/(en\/)?models\/[\w-]+\/$/.test(page));
const vrPages = ['/vr/', '/en/vr/'];
/** The booth's spot-the-disguise station shows the models in 3D too. */
const kioskPages = ['/kiosk/', '/en/kiosk/'];
const viewerPages = [...modelPages, ...kioskPages];

describe('three.js ships only with the 3D viewer', () => {
  it('finds the model pages', () => {
    expect(modelPages.length).toBeGreaterThanOrEqual(28);
  });

  it.each(pages.filter((page) => !viewerPages.includes(page) && !vrPages.includes(page)))(
    '%s can never load three.js or WebXR code',
    (page) => {
      const all = reachable(page, false);
      expect(all.filter(holdsThree)).toEqual([]);
      expect(all.filter(holdsXr)).toEqual([]);
    },
  );

  it.each(viewerPages)('%s loads three.js only after checking for WebGL', (page) => {
    expect(reachable(page, false).some(holdsThree)).toBe(true);
    expect(reachable(page, true).filter(holdsThree)).toEqual([]);
  });
});

describe('the VR experience', () => {
  it.each(vrPages)('%s loads three.js and WebXR code only after checking for them', (page) => {
    expect(pages).toContain(page);
    const all = reachable(page, false);
    expect(all.some(holdsThree)).toBe(true);
    expect(all.some(holdsXr)).toBe(true);
    const eager = reachable(page, true);
    expect(eager.filter(holdsThree)).toEqual([]);
    expect(eager.filter(holdsXr)).toEqual([]);
  });

  it('ships no WebXR emulator: iwer is for the tests only', () => {
    const files = readdirSync(path.join(root, 'dist'), { recursive: true, encoding: 'utf8' });
    const code = files.filter((file) => /\.(js|mjs|html)$/.test(file));
    expect(code.length).toBeGreaterThan(100);
    // iwer names its devices and its modules; neither may appear anywhere in the build
    const emulator = code.filter((file) => {
      const text = readFileSync(path.join(root, 'dist', file), 'utf8');
      return text.includes('Meta Quest 3') || text.includes('iwer/native-override');
    });
    expect(emulator).toEqual([]);
  });

  it('serves the controllers’ button layouts itself instead of fetching them from a CDN', () => {
    const list = JSON.parse(
      readFileSync(path.join(root, 'dist/xr-profiles/profilesList.json'), 'utf8'),
    ) as Record<string, { path: string }>;
    for (const entry of Object.values(list))
      expect(existsSync(path.join(root, 'dist/xr-profiles', entry.path))).toBe(true);
  });
});
