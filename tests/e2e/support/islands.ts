import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

/**
 * Waits until the island whose component file starts with `component` has hydrated (Astro
 * drops the island's `ssr` attribute then): before that, a tap on its button does nothing and
 * a click submits its form natively.
 */
export async function hydrated(page: Page, component: string) {
  await expect(
    page.locator(`astro-island[component-url*="/${component}."]:not([ssr])`),
  ).toBeAttached();
}
