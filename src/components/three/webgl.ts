/**
 * What the two 3D islands (the model viewer and the VR stage) ask of the browser before and
 * while they draw: whether WebGL and immersive VR exist, and the WebGL context being lost and
 * given back. Nothing here imports three.js, so the islands can ask before downloading it.
 * Imported as a namespace: `webgl.available(canvas)`, `webgl.vrSupported()`.
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

/**
 * Whether this browser can make a WebGL context at all. The island's own canvas is asked, with
 * the settings React Three Fiber's renderer asks for, so the renderer takes this context over
 * instead of making a second one: each costs a wait on the GPU process, long without a GPU.
 * The canvas is given its drawing size first (its CSS size at `pixelRatio()`), since resizing
 * a context's drawing buffer later costs about three times as long as making it; the renderer
 * keeps that size (firstFrame.ts, `sizedRenderer`).
 * (A browser with WebGL 1 only still counts; three.js then fails and the island says so.)
 */
export function available(canvas: HTMLCanvasElement): boolean {
  try {
    const ratio = pixelRatio();
    canvas.width = Math.floor(canvas.clientWidth * ratio);
    canvas.height = Math.floor(canvas.clientHeight * ratio);
    if (canvas.getContext('webgl2', rendererContext)) return true;
    return Boolean(document.createElement('canvas').getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * Device pixel ratios both 3D islands draw at: a phone's 3× screen gets 1.5×, a quarter of the
 * pixels. The VR stage keeps to this alone: its panels take taps, which a stretched canvas
 * (RenderScale) would send to the wrong place while it moves.
 */
export const dprRange: [number, number] = [1, 1.5];

/** The pixel ratio this screen gets within `dprRange`, as React Three Fiber works it out. */
export const pixelRatio = () => Math.min(Math.max(dprRange[0], devicePixelRatio), dprRange[1]);

/** What three.js's WebGLRenderer asks for with R3F's defaults (antialias, alpha, fast GPU). */
const rendererContext: WebGLContextAttributes = {
  alpha: true,
  depth: true,
  stencil: false,
  antialias: true,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'high-performance',
  failIfMajorPerformanceCaveat: false,
};

/** Lets the browser handle input and paint before the next step. */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

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
