import { test as base, expect } from '@playwright/test';

/** Playwright's test, pointed at the PocketBase that globalSetup started. */
export const test = base.extend({
  baseURL: async ({}, use) => {
    const url = process.env.JINDU_BASE_URL;
    if (!url) throw new Error('JINDU_BASE_URL is not set; run through playwright.config.ts');
    await use(url);
  },
});

export { expect };
