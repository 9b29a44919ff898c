import { test as base, expect } from '@playwright/test';
import { config } from '../../scripts/lib/config.mjs';

/** Playwright's test, pointed at the PocketBase that globalSetup started. */
export const test = base.extend({
  baseURL: async ({}, use) => {
    const url = config.testBaseUrl;
    if (!url) throw new Error('JINDU_BASE_URL is not set; run through playwright.config.ts');
    await use(url);
  },
});

export { expect };
