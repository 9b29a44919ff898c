import { extend, useFrame } from '@react-three/fiber';
import { createXRStore, useXR, XR, type XRStore } from '@react-three/xr';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { BoxGeometry, Raycaster, Vector3, type Mesh, type Object3D } from 'three';
import { Dwell } from '../../../lib/vr/dwell';

/**
 * Immersive VR, downloaded only where the browser offers it. Controllers point with a ray and
 * press with the trigger; tracked hands point and pinch; a headset with neither (or a visitor
 * who put the controllers down) presses by looking at a button for 1.5 s. No controller or hand
 * models (they would come from a CDN); the controllers' button layouts are served by us from
 * /xr-profiles/ instead of the WebXR input-profiles CDN. Seated, no locomotion, no teleport.
 */
// the pointer rays and cursors @react-three/xr draws need this beside what mount.tsx registers
extend({ BoxGeometry });

const pressMs = 5000;

export function createVrStore(): XRStore {
  return createXRStore({
    offerSession: false,
    emulate: false,
    baseAssetPath: `${location.origin}/xr-profiles/`,
    // nothing here is held or dragged, so a press released on the same button counts however
    // slowly it was made (young visitors, a busy headset); the library's default is 0.3 s
    controller: {
      model: false,
      grabPointer: false,
      teleportPointer: false,
      rayPointer: { clickThresholdMs: pressMs },
    },
    hand: {
      model: false,
      grabPointer: false,
      touchPointer: false,
      teleportPointer: false,
      rayPointer: { clickThresholdMs: pressMs },
    },
    screenInput: false,
  });
}

export function XrSession({
  store,
  onSelect,
  onSession,
  children,
}: {
  store: XRStore;
  onSelect: (id: string) => void;
  onSession: (active: boolean) => void;
  children: ReactNode;
}) {
  return (
    <XR store={store}>
      <SessionWatch onSession={onSession} />
      <GazeDwell onSelect={onSelect} />
      {children}
    </XR>
  );
}

function SessionWatch({ onSession }: { onSession: (active: boolean) => void }) {
  const session = useXR((state) => state.session);
  useEffect(() => onSession(Boolean(session)), [session, onSession]);
  return null;
}

/** How far ahead the gaze dot floats when it rests on nothing. */
const restingDistance = 1.2;

/**
 * Gaze and dwell: a dot in the middle of the view; resting it on a button fills a ring around
 * it, and a full ring presses the button. Only when no controller or hand is tracked.
 */
function GazeDwell({ onSelect }: { onSelect: (id: string) => void }) {
  const session = useXR((state) => state.session);
  const inputs = useXR((state) => state.inputSourceStates);
  const pointing = inputs.some((input) => input.type === 'controller' || input.type === 'hand');
  const active = Boolean(session) && !pointing;
  const dwell = useMemo(() => new Dwell(1500), []);
  const raycaster = useMemo(() => new Raycaster(), []);
  const dot = useRef<Mesh>(null);
  const fill = useRef<Mesh>(null);
  const origin = useMemo(() => new Vector3(), []);
  const direction = useMemo(() => new Vector3(), []);

  useFrame(({ camera, scene }) => {
    if (!dot.current || !fill.current) return;
    dot.current.visible = active;
    fill.current.visible = false;
    if (!active) return;
    camera.getWorldPosition(origin);
    camera.getWorldDirection(direction);
    raycaster.set(origin, direction);
    const hit = raycaster
      .intersectObjects(scene.children, true)
      .find((candidate) => targetOf(candidate.object));
    const target = hit ? targetOf(hit.object) : null;
    const { progress, fired } = dwell.look(target, performance.now());
    const distance = (hit?.distance ?? restingDistance) - 0.01;
    for (const mesh of [dot.current, fill.current]) {
      mesh.position.copy(origin).addScaledVector(direction, distance);
      mesh.lookAt(origin);
      mesh.scale.setScalar(distance);
    }
    fill.current.visible = progress > 0;
    fill.current.scale.multiplyScalar(Math.max(0.001, progress));
    if (fired) onSelect(fired);
  });

  return (
    <>
      <mesh ref={dot} visible={false} renderOrder={11}>
        <ringGeometry args={[0.012, 0.018, 24]} />
        <meshBasicMaterial color="#1d5fd1" depthTest={false} transparent />
      </mesh>
      <mesh ref={fill} visible={false} renderOrder={11}>
        <circleGeometry args={[0.03, 24]} />
        <meshBasicMaterial color="#f2b632" depthTest={false} transparent opacity={0.85} />
      </mesh>
    </>
  );
}

function targetOf(object: Object3D): string | null {
  return (object.userData['target'] as string | undefined) ?? null;
}
