/**
 * What the two 3D islands (the model viewer and the VR stage) ask of the browser before and
 * while they draw: whether WebGL and immersive VR exist, and the WebGL context being lost and
 * given back. Nothing here imports three.js, so the islands can ask before downloading it.
 * Imported as a namespace: `webgl.available()`, `webgl.vrSupported()`.
 */

/** Where a 3D island is: drawing, or why it shows its text instead. */
export type Status = 'loading' | 'ready' | 'unavailable' | 'failed' | 'lost';

/** The island's words for each status that needs saying. */
export interface StatusLabels {
  loading: string;
  noWebgl: string;
  failed: string;
  contextLost: string;
}

/** The line to show over (or instead of) the canvas; empty when it is drawing. */
export function statusMessage(status: Status, labels: StatusLabels): string {
  return {
    loading: labels.loading,
    ready: '',
    unavailable: labels.noWebgl,
    failed: labels.failed,
    lost: labels.contextLost,
  }[status];
}

/** Whether this browser can make a WebGL context at all. */
export function available(): boolean {
  try {
    const probe = document.createElement('canvas');
    return Boolean(probe.getContext('webgl2') ?? probe.getContext('webgl'));
  } catch {
    return false;
  }
}

/** Whether the browser offers immersive VR (false when it cannot say). */
export async function vrSupported(): Promise<boolean> {
  try {
    return (await navigator.xr?.isSessionSupported('immersive-vr')) ?? false;
  } catch {
    return false;
  }
}

/**
 * Follows the canvas's WebGL context: `lost` when the browser takes it (keeping it restorable),
 * `restored` when it gives it back. Svelte's canvas typings lack these events, hence listeners.
 */
export function watchContext(
  canvas: HTMLCanvasElement,
  on: { lost: () => void; restored: () => void },
) {
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault(); // lets the browser give the context back
    on.lost();
  });
  canvas.addEventListener('webglcontextrestored', on.restored);
}

/** Starts immersive VR; false (and a console warning) when the headset or browser refuses. */
export async function tryEnterVr(start: () => Promise<void> | undefined): Promise<boolean> {
  try {
    await start();
    return true;
  } catch (error) {
    console.warn(error);
    return false;
  }
}
