import { describe, expect, it } from 'vitest';
import { renderScale, scaleSteps } from '../../src/components/three/resolution';

/** The scales a run of frames `everyMs` apart is drawn at, starting at `start`. */
function frames(scale: ReturnType<typeof renderScale>, count: number, everyMs: number, start = 0) {
  return Array.from({ length: count }, (_, i) => scale.frame(start + i * everyMs));
}

describe('render scale', () => {
  it('stays at full resolution while frames come quickly', () => {
    expect(frames(renderScale(), 60, 16)).toEqual(Array(60).fill(1));
  });

  it('draws fewer pixels while frames are slow, down to the smallest step', () => {
    const scales = frames(renderScale(), 40, 100);
    expect(scales[0]).toBe(1);
    expect(scales.slice(1)).toEqual([...scales.slice(1)].sort((a, b) => b - a));
    expect(scales.at(-1)).toBe(scaleSteps.at(-1));
  });

  it('holds a scale whose frames are within budget', () => {
    const scale = renderScale();
    frames(scale, 10, 100);
    const held = scale.frame(1_000);
    expect(frames(scale, 20, 35, 1_035)).toEqual(Array(20).fill(held));
  });

  it('goes back up once there is headroom', () => {
    const scale = renderScale();
    frames(scale, 40, 100);
    expect(frames(scale, 60, 16, 4_016).at(-1)).toBe(1);
  });

  it('keeps lowering the scale while frames are very slow: slow is not a pause', () => {
    const scales = frames(renderScale(), 30, 400);
    expect(scales.at(-1)).toBe(scaleSteps.at(-1));
  });

  it('draws the frame after a pause at full resolution, then goes on where it was', () => {
    const scale = renderScale();
    const slow = frames(scale, 20, 100).at(-1)!;
    expect(slow).toBeLessThan(1);
    scale.pause();
    expect(scale.frame(2_300)).toBe(1);
    expect(scale.frame(2_350)).toBeLessThanOrEqual(slow);
  });

  it('draws a lone frame long after the last one at full resolution', () => {
    const scale = renderScale();
    frames(scale, 20, 100);
    expect(scale.frame(10_000)).toBe(1);
  });
});
