import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { PerspectiveCamera, Quaternion, Vector3 } from 'three';
import {
  eyeHeight,
  fieldOfView,
  homePitch,
  targetPlaces,
  type Vec3,
} from '../../../src/components/three/vr/layout';
import type { WorldView } from '../../../src/lib/vr/view';
import { expect } from '../fixtures';

/**
 * Driving the VR experience from tests: a WebXR emulator (Meta's iwer, a dev dependency that
 * never enters the build) injected before the page loads, controllers aimed at the panels the
 * layout places, and the screen camera's projection for tapping panels on a touch screen.
 */
const require = createRequire(import.meta.url);

/**
 * Opens the page with an emulated Quest 3 as `navigator.xr`, the visitor seated. The window
 * is small: software WebGL draws both eyes on the CPU, and a press must fit in a second.
 */
export async function withEmulatedHeadset(page: Page) {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.addInitScript({ path: require.resolve('iwer/build/iwer.min.js') });
  await page.addInitScript(() => {
    const iwer = (window as unknown as { IWER: typeof import('iwer') }).IWER;
    const device = new iwer.XRDevice(iwer.metaQuest3);
    device.installRuntime({ forceInstall: true });
    device.position.set(0, 1.2, 0);
    (window as unknown as { xrDevice: unknown }).xrDevice = device;
  });
}

/** Waits until the 3D world has drawn its first frame. */
export async function openVr(page: Page, path: string) {
  await page.goto(path);
  await page.waitForFunction(
    () => performance.getEntriesByName('jindu:first-frame').length > 0,
    undefined,
    {
      timeout: 30_000,
    },
  );
}

/** The world position of a target in a view, as the layout places it. */
export function targetPosition(view: WorldView, id: string): Vec3 {
  const place = targetPlaces(view).find((candidate) => candidate.id === id);
  if (!place) throw new Error(`no target ${id}`);
  return place.position;
}

/** A stand-in view with `count` targets, for finding where target `index` goes. */
export function offerView(ids: string[]): WorldView {
  return {
    kind: 'offer',
    scene: 'party',
    prop: null,
    line: null,
    targets: ids.map((id) => ({ id, label: id })),
  };
}

const handAt: Vec3 = [0.18, 1.0, -0.15];

/**
 * Points the right controller's ray (or the right hand's, with `hand`) at a point and pulls the
 * trigger (or pinches), as a visitor would: aim, let the ray settle on the panel, press, release.
 */
export async function pressWithRay(
  page: Page,
  target: Vec3,
  input: 'controller' | 'hand' = 'controller',
) {
  const direction = new Vector3(...target).sub(new Vector3(...handAt)).normalize();
  const turn = new Quaternion().setFromUnitVectors(new Vector3(0, 0, -1), direction);
  await page.evaluate(
    ([input, at, q]) => {
      const device = (window as unknown as { xrDevice: Device }).xrDevice;
      const right = (input === 'hand' ? device.hands : device.controllers)['right'];
      right.position.set(...at);
      right.quaternion.set(...q);
    },
    [input, handAt, [turn.x, turn.y, turn.z, turn.w]] as const,
  );
  await frames(page, 3);
  // press, and let go as soon as the headset has seen the press: software WebGL draws slowly,
  // and a press held past a second would not count as one
  const seen = await selects(page);
  await press(page, input, 1);
  await page.waitForFunction((before) => count('selectstart') > before, seen.start);
  await press(page, input, 0);
  await page.waitForFunction((before) => count('selectend') > before, seen.end);
  await frames(page, 2);
}

type Device = {
  controllers: Record<string, any>;
  hands: Record<string, any>;
  primaryInputMode: 'controller' | 'hand';
  activeSession: EventTarget & Record<string, any>;
};

declare function count(type: 'selectstart' | 'selectend'): number;

/** How many presses and releases the session has had (counting starts with the first call). */
function selects(page: Page) {
  return page.evaluate(() => {
    const session = (window as unknown as { xrDevice: Device }).xrDevice.activeSession;
    if (!session['counts']) {
      const counts: Record<string, number> = { selectstart: 0, selectend: 0 };
      session['counts'] = counts;
      for (const type of Object.keys(counts))
        session.addEventListener(type, () => (counts[type] = (counts[type] ?? 0) + 1));
      (window as unknown as { count: (type: string) => number }).count = (type) => counts[type]!;
    }
    const counts = session['counts'] as Record<string, number>;
    return { start: counts['selectstart']!, end: counts['selectend']! };
  });
}

/** The emulator reads the trigger, or the pinch, once a frame. */
function press(page: Page, input: 'controller' | 'hand', value: number) {
  return page.evaluate(
    ([input, value]) => {
      const device = (window as unknown as { xrDevice: Device }).xrDevice;
      if (input === 'hand') device.hands['right'].updatePinchValue(value);
      else device.controllers['right'].updateButtonValue('trigger', value);
    },
    [input, value] as const,
  );
}

/** Switches the emulated headset from controllers to tracked hands. */
export function useHands(page: Page) {
  return page.evaluate(() => {
    (window as unknown as { xrDevice: Device }).xrDevice.primaryInputMode = 'hand';
  });
}

/** Waits for `count` animation frames of the page (the emulated headset's frames too). */
export function frames(page: Page, count: number) {
  return page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const next = (left: number) =>
          left ? requestAnimationFrame(() => next(left - 1)) : resolve();
        next(count);
      }),
    count,
  );
}

/** Turns the emulated head to look at a point (for gaze and dwell). */
export async function lookAt(page: Page, target: Vec3) {
  const head = new Vector3(0, 1.2, 0);
  const direction = new Vector3(...target).sub(head).normalize();
  const turn = new Quaternion().setFromUnitVectors(new Vector3(0, 0, -1), direction);
  await page.evaluate(
    (q) => {
      const device = (
        window as unknown as { xrDevice: { quaternion: { set: (...q: number[]) => void } } }
      ).xrDevice;
      device.quaternion.set(...q);
    },
    [turn.x, turn.y, turn.z, turn.w],
  );
}

/**
 * Where a point of the world falls on the canvas (CSS px, page coordinates) with the screen
 * camera as it first looks: seated at eye height, pitched down a little.
 */
export async function onScreen(page: Page, point: Vec3) {
  const box = await page.locator('.stage canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const camera = new PerspectiveCamera(
    fieldOfView(box.width / box.height),
    box.width / box.height,
    0.05,
    30,
  );
  camera.position.set(0, eyeHeight, 0);
  camera.rotation.order = 'YXZ';
  camera.rotation.set(homePitch, 0, 0);
  camera.updateMatrixWorld();
  const ndc = new Vector3(...point).project(camera);
  return { x: box.x + ((ndc.x + 1) / 2) * box.width, y: box.y + ((1 - ndc.y) / 2) * box.height };
}

/** The text of the newest line, as screen readers hear it. */
export function spokenLine(page: Page) {
  return page.locator('.vr [aria-live="polite"]').first();
}

export { expect };
