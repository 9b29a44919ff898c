import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The text files worth compressing; images, fonts and models are compressed already.
 * The server's list (pocketbase/internal/site/compression.go, textExtensions) matches it.
 */
export const compressibleExtensions = new Set([
  '.html',
  '.htm',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.webmanifest',
  '.map',
]);

/** The encodings written beside each file, by file suffix (the server looks for these names). */
export const encodings = {
  '.br': (data: Buffer) =>
    brotli(data, {
      params: {
        // the build compresses once and every visitor benefits, so the slowest, smallest setting
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  '.gz': (data: Buffer) => gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
} as const;

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file, so the server sends the
 * bytes as they are instead of compressing each response. A variant that would not be smaller
 * is left out (the server then sends the file itself). Each variant gets its file's
 * modification time, so Last-Modified is the same whichever encoding a visitor receives.
 */
export async function precompressDir(dir: string): Promise<{ files: number; variants: number }> {
  const jobs: Promise<number>[] = [];
  for await (const file of filesUnder(dir)) {
    if (!compressibleExtensions.has(path.extname(file).toLowerCase())) continue;
    jobs.push(precompressFile(file));
  }
  const written = await Promise.all(jobs);
  return { files: written.length, variants: written.reduce((sum, n) => sum + n, 0) };
}

async function precompressFile(file: string): Promise<number> {
  const [data, info] = await Promise.all([readFile(file), stat(file)]);
  let written = 0;
  for (const [suffix, compress] of Object.entries(encodings)) {
    const compressed = await compress(data);
    if (compressed.length >= data.length) continue;
    await writeFile(file + suffix, compressed);
    await utimes(file + suffix, info.atime, info.mtime);
    written++;
  }
  return written;
}

/** Runs last in the build, after every other integration has finished writing dist/. */
export function precompress(): AstroIntegration {
  return {
    name: 'jindu:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { files, variants } = await precompressDir(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${variants} brotli/gzip variants of ${files} files in ${seconds} s`);
      },
    },
  };
}
