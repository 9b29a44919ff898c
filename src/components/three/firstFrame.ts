import type { RootState } from '@react-three/fiber';
import { startTransition, type ReactNode } from 'react';
import {
  WebGLRenderer,
  type Material,
  type Mesh,
  type Scene,
  type Texture,
  type WebGLRendererParameters,
} from 'three';
import { nextTask, pixelRatio } from './webgl';

/**
 * The renderer both islands' roots make (R3F's `gl` option). three.js takes the canvas's size
 * as it finds it, then R3F sets the pixel ratio and the size, and each change reallocates the
 * drawing buffer: a wait on the GPU process three times as long as making the context. The
 * canvas already has its final size (webgl.available made the context at it), so the
 * renderer is told that size and R3F's own calls change nothing.
 */
export function sizedRenderer(
  defaults: Omit<WebGLRendererParameters, 'canvas'> & { canvas: unknown },
): WebGLRenderer {
  // the islands' canvases are on the page, never offscreen
  const canvas = defaults.canvas as HTMLCanvasElement;
  const renderer = new WebGLRenderer({ ...defaults, canvas });
  renderer.setDrawingBufferSize(canvas.clientWidth, canvas.clientHeight, pixelRatio());
  return renderer;
}

/**
 * Renders a root's first tree as a transition, which React renders in slices of a few
 * milliseconds, letting the page respond between them; an ordinary update builds the whole
 * scene graph in one task. R3F mounts a root's first tree at once, in the caller's task, so an
 * empty one goes first and the scene comes as an update. Its effects run once it is committed.
 */
export function inSlices<T>(root: { render: (tree: ReactNode) => T }, tree: ReactNode): T {
  root.render(null);
  let rendered: T | undefined;
  startTransition(() => {
    rendered = root.render(tree);
  });
  return rendered as T;
}

/**
 * Draws a scene's first frame without freezing the page, for both 3D islands. Done plainly,
 * the first frame is one long task: every shader is generated, compiled, linked and queried
 * and every texture uploaded while the main thread waits, and a GPU-less phone or PC (software
 * WebGL) then waits again while the compositor reads the frame back. Here the shaders are
 * generated a few meshes at a time, the GPU is left to compile them while the page stays
 * responsive, textures are uploaded and each program first used in a task of its own, and the
 * frame is drawn into the canvas while the poster still hides it: the island reveals it only
 * once the GPU has finished drawing it. The root runs with `frameloop: 'never'` until this
 * resolves, and on demand afterwards.
 */
export async function drawFirstFrame(state: RootState): Promise<void> {
  const { gl, scene, camera } = state;
  const context = gl.getContext();
  // three.js reads each program's compile log on first use, one more wait on the GPU per
  // shader; its built-in shaders are known to compile, so only development builds check
  gl.debug.checkShaderErrors = import.meta.env.DEV;
  const materials = new Set<Material>();
  let slice = performance.now();
  for (const mesh of meshesIn(scene)) {
    for (const material of gl.compile(mesh, camera, scene)) materials.add(material);
    if (performance.now() - slice > sliceMs) {
      await nextTask();
      slice = performance.now();
    }
  }
  // the GPU compiles first: uploading a texture asks the GPU process a question, and the
  // answer would wait behind every shader still compiling
  await gpuFinished(context);
  // textures go up one per task (a model's drawn textures come with mipmaps to make)
  for (const texture of texturesOf(materials)) {
    gl.initTexture(texture);
    await nextTask();
  }
  await gpuFinished(context);
  // what three.js's own compileAsync reads, for every program: a transparent double-sided
  // material has two (back faces, then front), and its own points at the last only
  for (const program of (gl.info.programs ?? []) as unknown as FirstUse[]) {
    program.getUniforms();
    await nextTask();
  }
  state.advance(performance.now());
  await gpuFinished(context);
  // on demand from now on; configure() would ask for a frame, and this one is drawn already
  state.setFrameloop('demand');
  // R3F asks for a frame on every change to its store, this one included: the frame just
  // drawn stands, and another would cost a long task on a phone without a GPU
  state.internal.frames = 0;
}

/** Work the main thread does in one go before letting the page respond (a 60 Hz frame's worth). */
const sliceMs = 16;

/** The part of three.js's WebGLProgram asked for its uniforms, which waits for its link. */
interface FirstUse {
  getUniforms: () => unknown;
}

function texturesOf(materials: Set<Material>): Set<Texture> {
  const textures = new Set<Texture>();
  for (const material of materials)
    for (const value of Object.values(material))
      if ((value as Texture | null)?.isTexture) textures.add(value as Texture);
  return textures;
}

function meshesIn(scene: Scene): Mesh[] {
  const meshes: Mesh[] = [];
  scene.traverse((object) => {
    if ((object as Mesh).isMesh) meshes.push(object as Mesh);
  });
  return meshes;
}

/**
 * Resolves once the GPU has done all the work asked of it so far, checking a fence between
 * frames instead of blocking on it (a fence's status only changes between tasks). A lost
 * context never finishes: it resolves too, and the island's context watch takes over.
 */
async function gpuFinished(gl: WebGLRenderingContext | WebGL2RenderingContext): Promise<void> {
  if (!('fenceSync' in gl)) return;
  const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!fence) return;
  gl.flush();
  while (!gl.isContextLost() && gl.getSyncParameter(fence, gl.SYNC_STATUS) !== gl.SIGNALED)
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  gl.deleteSync(fence);
}
