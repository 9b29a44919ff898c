import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PerspectiveCamera } from 'three';
import { eyeHeight, homePitch } from './layout';

/**
 * The screen camera (phones, desktops, kiosks): seated at eye height, turning in place only —
 * no walking, no zoom. Dragging, the arrow keys or the phone's own motion change where it
 * looks, within limits that keep the scene in front. In a headset the headset is the camera.
 */
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

export function LookRig({ look }: { look: { current: Look } }) {
  const camera = useThree((state) => state.camera);
  const aspect = useThree((state) => state.size.width / Math.max(1, state.size.height));
  const invalidate = useThree((state) => state.invalidate);

  useEffect(() => {
    if (!(camera instanceof PerspectiveCamera)) return;
    camera.fov = fieldOfView(aspect);
    camera.near = 0.05;
    camera.far = 30;
    camera.updateProjectionMatrix();
    invalidate();
  }, [camera, aspect, invalidate]);

  useFrame(({ camera: current, gl }) => {
    if (gl.xr.isPresenting) return;
    current.position.set(0, eyeHeight, 0);
    current.rotation.order = 'YXZ';
    current.rotation.set(homePitch + look.current.pitch, look.current.yaw, 0);
  });
  return null;
}
