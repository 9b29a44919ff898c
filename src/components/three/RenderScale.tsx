import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type { WebGLRenderer } from 'three';
import { pauseMs, renderScale } from './resolution';

/**
 * Draws each frame at the resolution `renderScale` (resolution.ts) judges from the frame times,
 * and one more at full resolution once frames stop (frames are drawn on demand, so nothing
 * else would ask for it). A smaller frame is drawn into the lower left of the canvas and the
 * canvas is stretched to show just that part (its frame clips the rest): resizing the canvas
 * instead would make the browser wait for the GPU each time, a long task without one.
 */
export function RenderScale() {
  const get = useThree((state) => state.get);
  const scale = useMemo(renderScale, []);
  const settle = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(settle.current), []);

  useFrame(({ gl }) => {
    window.clearTimeout(settle.current);
    // a headset sets its own resolution
    const fraction = gl.xr.isPresenting ? 1 : scale.frame(performance.now());
    drawAt(gl, fraction);
    if (fraction < 1)
      settle.current = window.setTimeout(() => {
        const { internal, invalidate } = get();
        // a frame already asked for means the view still moves, only slowly: that frame
        // sets the next check
        if (internal.frames > 0) return;
        scale.pause();
        invalidate();
      }, pauseMs);
  });
  return null;
}

/** Limits drawing to `fraction` of the canvas's width and height, and stretches it to fill. */
function drawAt(gl: WebGLRenderer, fraction: number) {
  const canvas = gl.domElement;
  const ratio = gl.getPixelRatio();
  // whole pixels, and the size three.js floors to from CSS pixels (half a pixel over)
  const width = Math.max(1, Math.round(canvas.width * fraction));
  const height = Math.max(1, Math.round(canvas.height * fraction));
  gl.setViewport(0, 0, (width + 0.5) / ratio, (height + 0.5) / ratio);
  gl.setScissor(0, 0, (width + 0.5) / ratio, (height + 0.5) / ratio);
  gl.setScissorTest(fraction < 1);
  const transform = fraction < 1 ? `scale(${canvas.width / width}, ${canvas.height / height})` : '';
  if (canvas.style.transform !== transform) {
    canvas.style.transformOrigin = '0 100%';
    canvas.style.transform = transform;
  }
}
