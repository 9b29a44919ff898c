import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PerspectiveCamera } from 'three';
import { eyeHeight, fieldOfView, homePitch, type Look } from './layout';

/**
 * The screen camera (phones, desktops, kiosks): seated at eye height, turning in place only —
 * no walking, no zoom. Dragging, the arrow keys or the phone's own motion change where it
 * looks, within limits that keep the scene in front. In a headset the headset is the camera.
 */
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
