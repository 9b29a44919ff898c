/**
 * Adaptive resolution for the model viewer, the way Google's <model-viewer> keeps turning smooth
 * without a GPU: while frames follow one another (turning, dragging, a fade) it watches how
 * long they take and draws fewer pixels when they come too slowly, more again once there is
 * headroom. When frames stop, RenderScale asks for one more at full resolution, so a still
 * picture is always sharp. Software WebGL's cost grows with the pixels drawn: a frame at 0.64
 * of the width costs about 0.4 of one at full size.
 */

/** Fractions of the full resolution, each with about 0.64 of the pixels of the one before. */
export const scaleSteps = [1, 0.8, 0.64, 0.51, 0.41, 0.33];
/** Above this average time between frames the next smaller scale is used (under 22 fps)… */
const slowMs = 45;
/** …and below this one the next larger (over 35 fps). */
const fastMs = 28;
/** How much of each new frame time goes into the average (the rest is the past)… */
const weight = 0.25;
/** …by at most this much a frame: a lone slow frame (loading, say) changes nothing. */
const maxChangeMs = 8;
/** How long after the last frame, none following, RenderScale draws the still one sharp. */
export const pauseMs = 250;
/** A frame this long after the one before starts a new movement: it is not timed. */
const restartMs = 1000;

export interface RenderScale {
  /** The fraction of the full resolution to draw the frame starting `now` (ms) at. */
  frame: (now: number) => number;
  /** Frames have stopped: the next is drawn at full resolution (the scale learned stays). */
  pause: () => void;
}

/**
 * The render scale judged from frame times. The scale learned during one movement is where
 * the next starts, as the device and the model stay the same.
 * @example
 * const scale = renderScale();
 * useFrame(({ gl }) => drawAt(gl, scale.frame(performance.now())));
 */
export function renderScale(): RenderScale {
  let step = 0;
  let average = (slowMs + fastMs) / 2;
  let last = -Infinity;
  let paused = true;
  return {
    frame(now) {
      const since = now - last;
      last = now;
      // a still frame is sharp; so is a lone one after a while, a key press say
      if (paused || since > restartMs) {
        paused = false;
        return 1;
      }
      average += Math.max(-maxChangeMs, Math.min(maxChangeMs, weight * (since - average)));
      const next =
        average > slowMs
          ? Math.min(step + 1, scaleSteps.length - 1)
          : average < fastMs
            ? Math.max(step - 1, 0)
            : step;
      if (next !== step) {
        step = next;
        // judged afresh at the new scale, which has not been timed yet
        average = (slowMs + fastMs) / 2;
      }
      return scaleSteps[step]!;
    },
    pause() {
      paused = true;
    },
  };
}
