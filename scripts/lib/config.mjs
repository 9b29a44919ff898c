// @ts-check
import path from 'node:path';
import { root } from './paths.mjs';

/**
 * Every environment variable the Node side reads (the scripts, the Astro config, the tests),
 * read here and nowhere else, with its default; the README's configuration table lists them.
 * The Go server reads its own in pocketbase/. Each value is read when asked for, so a variable
 * set while running (JINDU_BASE_URL, by the e2e global setup) is seen.
 */

/** The variables' names, for a script that hands a value on to a child process. */
export const variables = /** @type {const} */ ({
  http: 'JINDU_HTTP',
  dataDir: 'JINDU_DATA_DIR',
  adminEmail: 'JINDU_ADMIN_EMAIL',
  adminPassword: 'JINDU_ADMIN_PASSWORD',
  siteUrl: 'JINDU_SITE_URL',
  devApi: 'JINDU_DEV_API',
  extraQuizzes: 'JINDU_EXTRA_QUIZZES',
  testBaseUrl: 'JINDU_BASE_URL',
  chromePath: 'CHROME_PATH',
  e2eShots: 'E2E_SHOTS',
  ci: 'CI',
});

/** @param {keyof typeof variables} name */
const read = (name) => process.env[variables[name]];

export const config = {
  /** The address `npm start` serves on. */
  get http() {
    return read('http') ?? '127.0.0.1:8090';
  },
  /** PocketBase's data folder (databases and uploads), absolute. */
  get dataDir() {
    return path.resolve(root, read('dataDir') ?? 'pocketbase/pb_data');
  },
  /** The superuser `npm start` creates or resets, when both its email and password are set. */
  get admin() {
    const email = read('adminEmail');
    const password = read('adminPassword');
    return email && password ? { email, password } : null;
  },
  /** The public origin, for canonical and hreflang URLs; set it before a production build. */
  get siteUrl() {
    return read('siteUrl') ?? 'http://127.0.0.1:8090';
  },
  /** Where `npm run dev` runs its PocketBase (host:port), which Astro's dev server proxies. */
  get devApi() {
    return read('devApi') ?? '127.0.0.1:8091';
  },
  /** More quiz folders (comma-separated) for `npm run quizzes:sync`: the tests' own quizzes. */
  get extraQuizzes() {
    return (read('extraQuizzes') ?? '').split(',').filter(Boolean);
  },
  /** The test server's URL, which the e2e global setup hands to the test workers. */
  get testBaseUrl() {
    return read('testBaseUrl');
  },
  /** The Chromium the tests and benchmarks drive; this project never downloads one. */
  get chromePath() {
    return read('chromePath') ?? '/usr/bin/chromium';
  },
  /** Whether the e2e tests save screenshots to /tmp/e2e-shots/ to look at by eye. */
  get e2eShots() {
    return Boolean(read('e2eShots'));
  },
  /** Whether this runs in continuous integration: Playwright forbids test.only and retries once. */
  get ci() {
    return Boolean(read('ci'));
  },
};
