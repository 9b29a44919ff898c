import type { Plugin } from 'vite';

/**
 * @react-three/xr can inject a WebXR emulator that brings several megabytes of sample rooms.
 * The VR viewer never asks for it (`emulate: false`), so the build leaves it out instead of
 * shipping those chunks in every deployment.
 */
export function noXrEmulator(): Plugin {
  const stub = '\0jindu:no-xr-emulator';
  return {
    name: 'jindu:no-xr-emulator',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === './emulate.js' && importer?.includes('@pmndrs/xr')) return stub;
      return null;
    },
    load(id) {
      if (id !== stub) return null;
      return 'export function emulate() { throw new Error("the WebXR emulator is not bundled"); }';
    },
  };
}
