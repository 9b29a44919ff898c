import type { WorldView } from '../../../lib/vr/view';

/**
 * Where things are, for a seated visitor at the origin looking down −z (metres). Buttons sit
 * a little below the eyes at arm's length, text at reading distance, nothing behind or above
 * the head: the layout a seated headset user can take in by turning the head only. The
 * panels' places are pure data, shared with the tests that aim a controller at them.
 */

export type Vec3 = [number, number, number];

/** A seated person's eyes, for the screen camera (a headset reports its own height). */
export const eyeHeight = 1.2;

/** Where the screen camera looks first: slightly down, towards the table and the buttons. */
export const homePitch = -0.1;

/** Where the screen camera looks, in radians from straight ahead (left and up positive). */
export interface Look {
  yaw: number;
  pitch: number;
}

export const lookLimits = { yaw: 1.1, pitch: 0.6 } as const;

export function clampLook(look: Look): Look {
  return {
    yaw: Math.max(-lookLimits.yaw, Math.min(lookLimits.yaw, look.yaw)),
    pitch: Math.max(-lookLimits.pitch, Math.min(lookLimits.pitch, look.pitch)),
  };
}

/**
 * The vertical field of view for a canvas's shape: at least 55°, and wide enough that the
 * buttons at arm's length fit across a narrow phone screen (about 72° across).
 */
export function fieldOfView(aspect: number): number {
  const across = (72 * Math.PI) / 180;
  const needed = (2 * Math.atan(Math.tan(across / 2) / Math.max(0.3, aspect)) * 180) / Math.PI;
  return Math.min(90, Math.max(55, needed));
}

export interface PanelPlace {
  id: string;
  position: Vec3;
  /** Width and height in metres. */
  size: [number, number];
}

/** The panel that turns towards the visitor: rotation about y so it faces the origin. */
export function facing(position: Vec3): number {
  return Math.atan2(-position[0], -position[2]);
}

/** The line being spoken, above the person across the table. */
export const linePanel: PanelPlace = { id: 'line', position: [0, 1.58, -1.55], size: [1.2, 0.34] };

/** The way out: high on the left, clear of every room's furniture, always in the same place. */
export const exitPanel: PanelPlace = {
  id: 'exit',
  position: [-0.56, 1.42, -1.0],
  size: [0.22, 0.07],
};

/** Text beside the figure or the debrief. */
export const sidePanel: PanelPlace = { id: 'side', position: [0.48, 1.2, -1.1], size: [0.5, 0.6] };
export const debriefPanel: PanelPlace = {
  id: 'debrief',
  position: [0, 1.3, -1.35],
  size: [1.1, 0.6],
};

/** A column of buttons, `width` wide, `height` tall each, centred on `centre`. */
function column(ids: string[], centre: Vec3, size: [number, number], gap = 0.018): PanelPlace[] {
  const [x, y, z] = centre;
  const step = size[1] + gap;
  const top = y + ((ids.length - 1) * step) / 2;
  return ids.map((id, i) => ({ id, position: [x, top - i * step, z], size }));
}

/** Where each target of a view goes. */
export function targetPlaces(view: WorldView): PanelPlace[] {
  const ids = view.targets.map((target) => target.id);
  switch (view.kind) {
    case 'lobby':
      return ids.map((id, i) => ({
        id,
        position: [(i - (ids.length - 1) / 2) * 0.66, 1.12, -1.2],
        size: [0.6, 0.36],
      }));
    case 'offer':
      if (ids.length > 2) {
        // the responses: two columns of three, below the eyes and above the table
        const half = Math.ceil(ids.length / 2);
        return [
          ...column(ids.slice(0, half), [-0.235, 0.93, -0.8], [0.45, 0.092]),
          ...column(ids.slice(half), [0.235, 0.93, -0.8], [0.45, 0.092]),
        ];
      }
      return column(ids, [0, 0.95, -0.8], [0.4, 0.09]);
    case 'debrief':
      return ids.map((id, i) => ({
        id,
        position: [(i - (ids.length - 1) / 2) * 0.44, 0.86, -1.0],
        size: [0.4, 0.09],
      }));
    case 'body':
      return column(ids, [-0.5, 1.05, -1.1], [0.46, 0.075], 0.014);
  }
}
