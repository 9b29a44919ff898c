import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  // Starts one PocketBase serving dist/ on a free port; tests reach it through the baseURL fixture.
  globalSetup: './tests/e2e/globalSetup.ts',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
  },
});
