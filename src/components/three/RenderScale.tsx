import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { fullDpr, pauseMs, renderScale } from './resolution';

/**
 * Draws each frame at the resolution `renderScale` (resolution.ts) judges from the frame times,
 * and one more at full resolution once frames stop (frames are drawn on demand, so nothing
 * else would ask for it).
 */
export function RenderScale() {
  const setDpr = useThree((state) => state.setDpr);
  const get = useThree((state) => state.get);
  const xr = useThree((state) => state.gl.xr);
  const scale = useMemo(renderScale, []);
  const settle = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(settle.current), []);

  useFrame(({ viewport }) => {
    // a headset sets its own resolution, and three.js may not resize while one presents
    if (xr.isPresenting) return;
    window.clearTimeout(settle.current);
    const full = fullDpr();
    // set before this frame is drawn, in the same task: resizing clears the canvas
    const dpr = full * scale.frame(performance.now());
    if (viewport.dpr !== dpr) setDpr(dpr);
    if (dpr !== full)
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
