import { createHash } from 'node:crypto';
import type { AstroIntegration } from 'astro';
import { rewriteBuiltPages } from './builtPages';

/** Astro's CSP meta tag; PocketBase copies its policy into the response header. */
const metaPolicy = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** An HTML comment, or the start tag of an element whose content is raw text. */
const commentOrRawTextTag =
  /<!--[\s\S]*?-->|<(script|style)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

/** A CSP hash source, such as 'sha256-…='. */
const hashSource = /^'(sha256|sha384|sha512)-([^']+)'$/i;

/** The directives that list the hashes of inline scripts and styles. */
const hashedDirectives = /^(script-src|style-src)(-elem)?$/i;

/** The text of each inline `<script>` and `<style>` in a page (not those in comments, nor a script's `src`). */
export function inlineTexts(html: string): string[] {
  const texts: string[] = [];
  commentOrRawTextTag.lastIndex = 0;
  for (let tag = commentOrRawTextTag.exec(html); tag; tag = commentOrRawTextTag.exec(html)) {
    const [, name, attributes = ''] = tag;
    if (!name) continue; // a comment
    const start = commentOrRawTextTag.lastIndex;
    const endTag = new RegExp(`</${name}`, 'ig');
    endTag.lastIndex = start;
    const end = endTag.exec(html)?.index;
    if (end === undefined) break;
    commentOrRawTextTag.lastIndex = end;
    if (name.toLowerCase() === 'script' && /\ssrc\s*=/i.test(` ${attributes}`)) continue;
    // browsers hash the text after turning CR LF into LF, as they read the page
    texts.push(html.slice(start, end).replace(/\r\n?/g, '\n'));
  }
  return texts;
}

/**
 * A page's policy with only the hashes of its own inline scripts and styles. Astro lists in
 * every page the hashes of every inline script and style of the whole site, and of every
 * script and style file (which `'self'` allows anyway): about forty, 2.5 KB of header on each
 * response. A hash of content the page does not hold allows nothing the page needs, so
 * dropping it keeps the protection and narrows what an injected element could match.
 */
export function ownHashesOnly(policy: string, texts: string[]): string {
  const digests = new Map<string, Set<string>>();
  const digestsFor = (algorithm: string) => {
    let set = digests.get(algorithm);
    if (!set) {
      set = new Set(texts.map((text) => createHash(algorithm).update(text).digest('base64')));
      digests.set(algorithm, set);
    }
    return set;
  };
  return policy
    .split(';')
    .map((directive) => {
      const words = directive.trim().split(/\s+/);
      if (!hashedDirectives.test(words[0] ?? '')) return directive;
      const kept = words.filter((word) => {
        const hash = hashSource.exec(word);
        return !hash || digestsFor(hash[1]!.toLowerCase()).has(hash[2]!);
      });
      return (directive.startsWith(' ') ? ' ' : '') + kept.join(' ');
    })
    .join(';');
}

/** The page with its meta policy narrowed to its own hashes; a page without one as it is. */
export function withOwnHashes(html: string): string {
  return html.replace(
    metaPolicy,
    (_, open: string, policy: string, close: string) =>
      open + ownHashesOnly(policy, inlineTexts(html)) + close,
  );
}

/**
 * Narrows each built page's CSP to its own inline hashes. Runs after the integrations that
 * change a page's inline scripts or styles (islandStylesInHead moves one, keeping its text),
 * and before the kiosk's service worker fingerprints the pages.
 */
export function pageCspHashes(): AstroIntegration {
  return {
    name: 'jindu:page-csp-hashes',
    hooks: {
      'astro:build:done': ({ dir }) => rewriteBuiltPages(dir, withOwnHashes),
    },
  };
}
