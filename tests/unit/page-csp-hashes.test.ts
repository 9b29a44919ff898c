import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { inlineTexts, withOwnHashes } from '../../src/integrations/pageCspHashes';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const islandScript = '(()=>{customElements.define("astro-island",class{})})();';
const ownStyle = 'astro-island{display:contents}';
const elsewhereScript = 'console.log("another page");';
const elsewhereStyle = '.quiz{display:grid}';

function page(policy: string, body = '') {
  return (
    `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">` +
    `<script src="/_astro/page.js" type="module"></script><style>${ownStyle}</style></head>` +
    `<body><script>${islandScript}</script>${body}</body></html>`
  );
}

const policyOf = (html: string) =>
  /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];

describe("narrowing a page's CSP to its own inline hashes", () => {
  test('keeps the hashes of the scripts and styles in the page and drops the rest', () => {
    const policy =
      "default-src 'self';img-src 'self' data:; " +
      `script-src 'self' ${sha256(islandScript)} ${sha256(elsewhereScript)} ${sha256('')}; ` +
      `style-src 'self' ${sha256(elsewhereStyle)} ${sha256(ownStyle)};`;

    expect(policyOf(withOwnHashes(page(policy)))).toBe(
      "default-src 'self';img-src 'self' data:; " +
        `script-src 'self' ${sha256(islandScript)}; ` +
        `style-src 'self' ${sha256(ownStyle)};`,
    );
  });

  test('a script or style inside a comment, or a script with a src, allows nothing', () => {
    const commented = `<!-- <script>${elsewhereScript}</script><style>${elsewhereStyle}</style> -->`;
    expect(inlineTexts(page('', commented))).toEqual([ownStyle, islandScript]);

    const policy = `script-src 'self' ${sha256(elsewhereScript)}; style-src 'self' ${sha256(elsewhereStyle)}`;
    expect(policyOf(withOwnHashes(page(policy, commented)))).toBe(
      "script-src 'self'; style-src 'self'",
    );
  });

  test('hashes the text as the browser does: raw, up to the first end tag, CR LF read as LF', () => {
    const raw = 'if (a < b && "</p>") {}\r\nx = "&amp;";';
    expect(inlineTexts(`<SCRIPT type="module">${raw}</Script >`)).toEqual([
      'if (a < b && "</p>") {}\nx = "&amp;";',
    ]);
    expect(inlineTexts('<style media="a>b">p{}</style>')).toEqual(['p{}']);
  });

  test('other hash algorithms are kept by the same rule', () => {
    const sha384 = `'sha384-${createHash('sha384').update(islandScript).digest('base64')}'`;
    const other = `'sha384-${createHash('sha384').update(elsewhereScript).digest('base64')}'`;
    expect(policyOf(withOwnHashes(page(`script-src 'self' ${other} ${sha384}`)))).toBe(
      `script-src 'self' ${sha384}`,
    );
  });

  test('a page without a policy is left as it is', () => {
    const html = `<!doctype html><head><script>${elsewhereScript}</script></head>`;
    expect(withOwnHashes(html)).toBe(html);
  });
});
