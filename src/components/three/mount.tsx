import { createRoot, extend } from '@react-three/fiber';
import type { ReactNode } from 'react';
import type { Locale } from '../../lib/locale';
import { sceneElements } from './elements';
import { dprRange, nextTask } from './webgl';
import { drawFirstFrame, inSlices, sizedRenderer } from './firstFrame';
import type { ModelDefinition } from './models/types';
import { builtModel, fieldOfView, Scene, type KeyCommand, type Overlay } from './Scene';

/**
 * Puts a React Three Fiber scene on a canvas the viewer shell (a Svelte island) owns. Rendering
 * straight into the canvas with R3F's own reconciler leaves react-dom out of the download; the
 * shell keeps the buttons, markers, poster and fallbacks as plain DOM.
 */
extend(sceneElements);

export interface ViewerOptions {
  models: ModelDefinition[];
  locale: Locale;
  autoRotate: boolean;
  /** Offer immersive VR (the shell has checked that the browser supports it). */
  vr: boolean;
  onOverlay: (overlay: Overlay) => void;
  /** Called once the first frame showing the models is drawn: the canvas can be shown. */
  onFirstFrame: () => void;
}

export interface Viewer {
  /** Changes what is shown (models, auto-rotation) and redraws. */
  update: (changes: Partial<Pick<ViewerOptions, 'models' | 'autoRotate'>>) => void;
  /** Follows the canvas's new size in CSS pixels. */
  resize: (width: number, height: number) => void;
  /** Arrows, + and −, R; true when the key moved the view. */
  press: KeyCommand;
  /** Asks for a frame (after the WebGL context comes back). */
  redraw: () => void;
  /** Starts immersive VR; rejects when the headset or the browser refuses. */
  enterVr: () => Promise<void>;
  unmount: () => void;
}

export async function mountViewer(
  canvas: HTMLCanvasElement,
  initial: ViewerOptions,
): Promise<Viewer> {
  const options = { ...initial };
  const commands: { current: KeyCommand | null } = { current: null };
  const root = createRoot(canvas);
  // the VR code downloads only where immersive VR is on offer
  const vr = options.vr ? await import('./vr') : null;
  const store = vr?.createVrStore();
  let size = { width: canvas.clientWidth, height: canvas.clientHeight, top: 0, left: 0 };
  // no frames until the first one is drawn by hand (drawFirstFrame), then only when asked
  let frameloop: 'never' | 'demand' = 'never';
  let placed = () => {};
  const scenePlaced = new Promise<void>((resolve) => (placed = resolve));

  const configure = () =>
    root.configure({
      size,
      gl: sizedRenderer,
      dpr: dprRange,
      frameloop,
      camera: { fov: fieldOfView },
    });

  /** `first`: the scene's first render, in slices (see inSlices). */
  async function render(first = false) {
    const state = await configure();
    const scene: ReactNode = (
      <Scene
        models={options.models}
        autoRotate={options.autoRotate}
        commands={commands}
        onOverlay={options.onOverlay}
        onPlaced={placed}
      />
    );
    const tree =
      vr && store ? (
        <vr.VrScene store={store} models={options.models} locale={options.locale}>
          {scene}
        </vr.VrScene>
      ) : (
        scene
      );
    return first ? inSlices(state, tree) : state.render(tree);
  }

  // one step per task: the renderer (a WebGL context), each model, the scene, the first frame
  await configure();
  for (const model of options.models) {
    await nextTask();
    builtModel(model);
  }
  await nextTask();
  let rendered = await render(true);
  await scenePlaced;
  await nextTask();
  await drawFirstFrame(rendered.getState());
  frameloop = 'demand';
  // turning by itself asks for each next frame, which it could not while frames were held
  if (options.autoRotate) rendered.getState().invalidate();
  options.onFirstFrame();
  const rerender = () => void render().then((next) => (rendered = next));
  return {
    update(changes) {
      Object.assign(options, changes);
      rerender();
    },
    resize(width, height) {
      size = { width, height, top: 0, left: 0 };
      rerender();
    },
    press: (key) => commands.current?.(key) ?? false,
    redraw: () => rendered.getState().invalidate(),
    enterVr: async () => {
      await store?.enterVR();
    },
    unmount: () => root.unmount(),
  };
}
