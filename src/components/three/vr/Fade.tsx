import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import { BackSide, type Mesh, type MeshBasicMaterial } from 'three';

/** Half a fade: from clear to dark, or back. Slow enough to be calm, short enough not to wait. */
const halfMs = 260;

/**
 * Changing rooms goes through dark: a small dark shell around the visitor's head fades in,
 * the room is swapped at its darkest (`onDark`), and it fades out again. The comfortable way to
 * move a seated headset user, and it never flashes. With reduced motion the swap is immediate.
 */
export function Fade({
  active,
  reducedMotion,
  onDark,
}: {
  active: boolean;
  reducedMotion: boolean;
  onDark: () => void;
}) {
  const shell = useRef<Mesh>(null);
  const material = useRef<MeshBasicMaterial>(null);
  const started = useRef<number | null>(null);
  const invalidate = useThree((state) => state.invalidate);

  useFrame(({ camera }) => {
    const mesh = shell.current;
    if (!mesh || !material.current) return;
    camera.getWorldPosition(mesh.position);
    const now = performance.now();
    if (active) {
      if (reducedMotion) return onDark();
      started.current ??= now;
      const dark = Math.min(1, (now - started.current) / halfMs);
      material.current.opacity = dark;
      if (dark >= 1) {
        started.current = now;
        onDark();
      }
    } else if (material.current.opacity > 0) {
      started.current ??= now;
      material.current.opacity = Math.max(0, 1 - (now - started.current) / halfMs);
      if (material.current.opacity === 0) started.current = null;
    }
    mesh.visible = material.current.opacity > 0;
    if (mesh.visible || active) invalidate();
  });

  return (
    <mesh ref={shell} renderOrder={10} visible={false}>
      <sphereGeometry args={[0.3, 16, 10]} />
      <meshBasicMaterial
        ref={material}
        color="#0b1210"
        side={BackSide}
        transparent
        opacity={0}
        depthTest={false}
        depthWrite={false}
      />
    </mesh>
  );
}
