import { createRoot, events, extend } from '@react-three/fiber';
import type { XRStore } from '@react-three/xr';
import { useEffect, type ReactNode } from 'react';
import { CircleGeometry, Color, RingGeometry, SphereGeometry, type WebGLRenderer } from 'three';
import type { Scene3D } from '../../../lib/vr/view';
import { sceneElements } from '../elements';
import { dprRange, nextTask } from '../webgl';
import { drawFirstFrame, inSlices, sizedRenderer } from '../firstFrame';
import { clampLook, type Look } from './layout';
import { LookRig } from './LookRig';
import { World } from './World';

/**
 * Puts the VR world on a canvas the Svelte island owns, with R3F's own reconciler (no
 * react-dom). The island keeps the page's text and buttons; this keeps the 3D in step with
 * them and reports presses back. The XR code comes only when the browser offers immersive VR.
 */
// the world's own elements besides the ones both scenes use
extend({ ...sceneElements, CircleGeometry, Color, RingGeometry, SphereGeometry });

export interface StageOptions {
  scene: Scene3D;
  reducedMotion: boolean;
  /** Offer immersive VR (the island checked that the browser supports it). */
  xr: boolean;
  onSelect: (id: string) => void;
  onFirstFrame: () => void;
  onSession: (active: boolean) => void;
}

export interface Stage {
  /** Shows another moment (the island's state changed) or marks a focused button. */
  update: (changes: { scene?: Scene3D; focused?: string | null }) => void;
  resize: (width: number, height: number) => void;
  /** Turns the view by this much (radians), from a drag or the arrow keys. */
  turn: (yaw: number, pitch: number) => void;
  /** Looks straight ahead again. */
  recentre: () => void;
  /** Points the view where the phone points (degrees from the DeviceOrientation event). */
  orient: (orientation: { alpha: number; beta: number; gamma: number } | null) => void;
  enterVr: () => Promise<void>;
  exitVr: () => void;
  redraw: () => void;
  unmount: () => void;
}

export async function mountStage(canvas: HTMLCanvasElement, initial: StageOptions): Promise<Stage> {
  const options = { ...initial };
  let focused: string | null = null;
  let immersive = false;
  const look: { current: Look } = { current: { yaw: 0, pitch: 0 } };
  /** The phone's first reading and where the view looked then: later readings turn it from there. */
  let facingAt: { alpha: number; beta: number; look: Look } | null = null;
  const root = createRoot(canvas);
  const xr = options.xr ? await import('./xr') : null;
  const store: XRStore | null = xr ? xr.createVrStore() : null;
  let size = { width: canvas.clientWidth, height: canvas.clientHeight, top: 0, left: 0 };
  let renderer: WebGLRenderer | null = null;
  // no frames until the first one is drawn by hand (drawFirstFrame), then only when asked
  let frameloop: 'never' | 'demand' = 'never';
  let roomDrawn = false;
  let committed = () => {};
  const worldCommitted = new Promise<void>((resolve) => (committed = resolve));
  let shown = false;

  /** The island shows the canvas once a whole room is drawn and the GPU has finished it. */
  const reveal = () => {
    if (shown || !roomDrawn || frameloop === 'never') return;
    shown = true;
    options.onFirstFrame();
  };

  const drawn = (room: string) => {
    if (!renderer) return;
    const info = renderer.info;
    // the bench and the tests read what each room costs when drawn
    performance.mark(`jindu:vr-room:${room}`, {
      detail: {
        triangles: info.render.triangles,
        drawCalls: info.render.calls,
        textures: info.memory.textures,
      },
    });
    roomDrawn = true;
    reveal();
  };

  const configure = () =>
    root.configure({
      size,
      events,
      gl: sizedRenderer,
      dpr: dprRange,
      // no tone mapping: the rooms' flat colours show as chosen, like an illustration
      flat: true,
      frameloop,
      camera: { fov: 55, near: 0.05, far: 30 },
    });

  /** `first`: the world's first render, in slices (see inSlices). */
  async function render(first = false) {
    const configured = await configure();
    const world: ReactNode = (
      <>
        <LookRig look={look} />
        <World
          scene={options.scene}
          reducedMotion={options.reducedMotion}
          onSelect={options.onSelect}
          focused={focused}
          immersive={immersive}
          onRoomDrawn={drawn}
        />
        <Committed onCommit={committed} />
      </>
    );
    const tree =
      xr && store ? (
        <xr.XrSession store={store} onSelect={options.onSelect} onSession={onSession}>
          {world}
        </xr.XrSession>
      ) : (
        world
      );
    const state = first ? inSlices(configured, tree) : configured.render(tree);
    renderer = state.getState().gl;
    return state;
  }

  let rendered: Awaited<ReturnType<typeof render>> | null = null;
  const rerender = () => void render().then((next) => (rendered = next));

  function onSession(active: boolean) {
    // the session watch also reports "no session" when it first mounts
    if (active === immersive) return;
    immersive = active;
    options.onSession(active);
    rerender();
  }

  // one step per task: the renderer (a WebGL context), the world, the first frame
  await nextTask();
  await configure();
  await nextTask();
  rendered = await render(true);
  await worldCommitted;
  await nextTask();
  await drawFirstFrame(rendered.getState());
  frameloop = 'demand';
  // a room drawn whole in that frame shows now, one still waiting for its replica once a later
  // frame draws it
  reveal();
  if (!shown) rendered.getState().invalidate();
  const redraw = () => rendered?.getState().invalidate();
  const turnTo = (next: Look) => {
    look.current = clampLook(next);
    redraw();
  };

  return {
    update(changes) {
      if (changes.scene) options.scene = changes.scene;
      if (changes.focused !== undefined) focused = changes.focused;
      rerender();
    },
    resize(width, height) {
      size = { width, height, top: 0, left: 0 };
      rerender();
    },
    turn: (yaw, pitch) =>
      turnTo({ yaw: look.current.yaw + yaw, pitch: look.current.pitch + pitch }),
    recentre: () => {
      facingAt = null;
      turnTo({ yaw: 0, pitch: 0 });
    },
    orient(orientation) {
      if (!orientation) {
        facingAt = null;
        return;
      }
      // The first reading keeps the view where the visitor had dragged it; later ones turn it by
      // how far the phone has turned since, so switching motion on never jumps the picture.
      facingAt ??= { alpha: orientation.alpha, beta: orientation.beta, look: look.current };
      const toRadians = Math.PI / 180;
      let yaw = orientation.alpha - facingAt.alpha;
      if (yaw > 180) yaw -= 360;
      if (yaw < -180) yaw += 360;
      turnTo({
        yaw: facingAt.look.yaw + yaw * toRadians,
        pitch: facingAt.look.pitch + (orientation.beta - facingAt.beta) * toRadians,
      });
    },
    enterVr: async () => {
      await store?.enterVR();
    },
    exitVr: () => void store?.getState().session?.end(),
    redraw,
    unmount: () => root.unmount(),
  };
}

/** Calls `onCommit` once the world is committed: its effects run after those before it. */
function Committed({ onCommit }: { onCommit: () => void }) {
  useEffect(onCommit, [onCommit]);
  return null;
}
