import { defineConfig, devices } from '@playwright/test';

// No browser downloads here: Playwright drives the machine's Chromium (CHROME_PATH overrides).
const chromium = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

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
    launchOptions: chromium,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
  },
});
