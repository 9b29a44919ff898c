import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { root } from '../support/content';

/**
 * Every built page through the Nu HTML Checker (npm `vnu-jar`, run with the system's Java), in
 * one invocation so the JVM starts once. An error fails the test; warnings are printed. Checked
 * as files, the pages' Content-Security-Policy meta makes the checker call their own `/_astro/`
 * files foreign (a file: page has no origin to be 'self'), so those notes are left out.
 */
const dist = path.join(root, 'dist');
const vnu = path.join(root, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

interface Message {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

async function check(files: string[]): Promise<Message[]> {
  const { stderr } = await promisify(execFile)(
    'java',
    ['-jar', vnu, '--format', 'json', '--exit-zero-always', ...files],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  return (JSON.parse(stderr) as { messages: Message[] }).messages;
}

const where = (m: Message) =>
  `${path.relative(dist, new URL(m.url).pathname)}:${m.lastLine ?? '?'}`;

describe('valid HTML', () => {
  test('the Nu HTML Checker finds no error on any built page', { timeout: 300_000 }, async () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => path.join(dist, file));
    expect(pages.length).toBeGreaterThan(100);
    const messages = await check(pages);
    const warnings = messages.filter(
      (m) =>
        m.type === 'info' &&
        m.subType === 'warning' &&
        !m.message.includes('Content Security Policy (meta tag)'),
    );
    if (warnings.length) {
      const byMessage = Map.groupBy(warnings, (m) => m.message);
      console.warn(
        `Nu HTML Checker: ${warnings.length} warnings on ${pages.length} pages\n` +
          [...byMessage]
            .map(([text, all]) => `  ${all.length} × ${text} (${where(all[0]!)})`)
            .join('\n'),
      );
    }
    const errors = messages.filter((m) => m.type !== 'info');
    expect(errors.map((m) => `${where(m)} ${m.message} ${m.extract ?? ''}`)).toEqual([]);
  });
});
