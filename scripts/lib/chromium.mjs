// @ts-check
import { config } from './config.mjs';

/**
 * How every browser this project starts is launched: the machine's Chromium (no browser
 * downloads here; CHROME_PATH overrides) with nothing phoning home. Used by playwright.config.ts
 * and the benchmarks.
 */
export const chromiumLaunchOptions = {
  executablePath: config.chromePath,
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/**
 * Software WebGL (SwiftShader through ANGLE) for the 3D viewer's tests and benchmark: Chromium
 * no longer falls back to it on its own, and this machine has no GPU.
 */
export const softwareWebglArgs = [
  '--enable-unsafe-swiftshader',
  '--use-gl=angle',
  '--use-angle=swiftshader',
];
