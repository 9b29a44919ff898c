import type { Page } from '@playwright/test';
import PocketBase from 'pocketbase';
import { superuser } from '../../support/server';
import { expect } from '../fixtures';
import type { QuizLocale } from './quiz';

/**
 * Helpers for the booth kiosk's end-to-end tests: registering a kiosk as the organiser (through
 * the real routes), pairing a browser with its code, moving through the screens, and reading
 * what the server stored.
 */

async function organiser(baseURL: string): Promise<PocketBase> {
  const pb = new PocketBase(baseURL);
  pb.autoCancellation(false);
  await pb.collection('_superusers').authWithPassword(superuser.email, superuser.password);
  return pb;
}

/** Registers a kiosk; returns its id and one-time pairing code. */
export async function registerKiosk(baseURL: string, body: Record<string, unknown> = {}) {
  const pb = await organiser(baseURL);
  const response = await fetch(`${baseURL}/api/jindu/kiosks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: pb.authStore.token },
    body: JSON.stringify({
      name: 'E2E booth',
      venue: 'Square',
      pin: '2468',
      province: '110000',
      ...body,
    }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; pairingCode: string };
}

/** Opens the kiosk page, pairs it and waits for the attract loop and the service worker. */
export async function pairedKioskPage(
  page: Page,
  locale: QuizLocale,
  baseURL: string,
  settings: Record<string, unknown> = {},
) {
  const kiosk = await registerKiosk(baseURL, settings);
  await page.goto(`${locale.prefix}/kiosk/`);
  const words = locale.m.kiosk;
  await page.getByLabel(words.pairing.code).fill(kiosk.pairingCode);
  await page.getByRole('button', { name: words.pairing.submit }).click();
  await expect(page.getByRole('button', { name: new RegExp(words.attract.call) })).toBeVisible();
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
  return kiosk;
}

/** What the server stored from a kiosk, read as the organiser. */
export async function storedItems(baseURL: string, kiosk: string) {
  const pb = await organiser(baseURL);
  return pb.collection('kiosk_items').getFullList<{ key: string; kind: string; data: unknown }>({
    filter: pb.filter('kiosk = {:kiosk}', { kiosk }),
  });
}

/** The stored pledges with these certificate codes. */
export async function pledgesWithCodes(baseURL: string, codes: string[]) {
  const pb = await organiser(baseURL);
  const params = Object.fromEntries(codes.map((code, i) => [`c${i}`, code]));
  return pb.collection('pledges').getFullList<{ code: string; masked: string }>({
    filter: pb.filter(codes.map((_, i) => `code = {:c${i}}`).join(' || '), params),
  });
}

/** Every button and link on screen that is smaller than a 64 px touch target. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.locator('main button:visible, main a:visible').evaluateAll((elements) =>
    elements
      .map((element) => ({
        text: element.textContent?.trim(),
        box: element.getBoundingClientRect(),
      }))
      .filter(({ box }) => box.width > 0 && (box.height < 63.5 || box.width < 63.5))
      .map(({ text, box }) => `${text} (${Math.round(box.width)}×${Math.round(box.height)})`),
  );
}

/** Whether the page scrolls in either direction (a kiosk screen must fit). */
export async function overflows(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const tooBig = (element: Element) =>
      element.scrollHeight > element.clientHeight + 1 &&
      getComputedStyle(element).overflowY !== 'visible';
    return (
      root.scrollHeight > window.innerHeight + 1 ||
      root.scrollWidth > window.innerWidth + 1 ||
      [...document.querySelectorAll('.kiosk > section')].some(tooBig)
    );
  });
}

/** Everything the browser keeps for this origin, besides the kiosk's own database. */
export async function visitorStorage(page: Page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
}

/** The offline queue's depth, read from the kiosk's IndexedDB. */
export async function queueDepth(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('jindu-kiosk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('queue').objectStore('queue').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
        };
      }),
  );
}

/** A queued visitor action as the kiosk keeps it (only what the tests touch). */
export interface QueuedAction {
  key: string;
  at: number;
  kind: string;
}

/** Every action in the offline queue, read from the kiosk's IndexedDB. */
export async function queuedActions(page: Page): Promise<QueuedAction[]> {
  return page.evaluate(
    () =>
      new Promise<QueuedAction[]>((resolve, reject) => {
        const open = indexedDB.open('jindu-kiosk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('queue').objectStore('queue').getAll();
          all.onsuccess = () => {
            resolve(all.result as QueuedAction[]);
            open.result.close();
          };
        };
      }),
  );
}

/** Puts actions into the offline queue, as the kiosk would have queued them. */
export async function queueActions(page: Page, actions: QueuedAction[]) {
  await page.evaluate(
    (items) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('jindu-kiosk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('queue', 'readwrite');
          for (const item of items) tx.objectStore('queue').put(item);
          tx.oncomplete = () => {
            resolve();
            open.result.close();
          };
        };
      }),
    actions,
  );
}
