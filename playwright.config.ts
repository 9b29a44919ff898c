import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs';
import { config } from './scripts/lib/config.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: config.ci,
  retries: config.ci ? 1 : 0,
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
