import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Box3, PerspectiveCamera, Spherical, Vector3, type Camera, type Group } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { coin, coinDiameter } from './coin';
import type { ModelDefinition } from './models/types';
import { RenderScale } from './RenderScale';

/**
 * What the canvas shows: the model (or an ordinary product and its disguised twin side by side),
 * the 1-yuan coin for scale, soft studio light without any downloaded environment map, and
 * orbit controls the keyboard can drive too. Frames render on demand only, with fewer pixels
 * while the view moves on a slow device (RenderScale). The annotation markers are DOM drawn by
 * the viewer shell: the scene only says where they are on screen.
 */

/** Where an annotation marker or a caption falls on the canvas, in CSS pixels. */
export interface ScreenPoint {
  x: number;
  y: number;
  /** The point faces away from the camera (the marker is drawn faded). */
  behind: boolean;
}

export interface Overlay {
  /** Per model, per annotation. */
  annotations: ScreenPoint[][];
  /** Per model, under its base (compare mode). */
  captions: ScreenPoint[];
}

/** A key the viewer passes on; true when it moved the camera. */
export type KeyCommand = (key: string) => boolean;

export interface SceneProps {
  models: ModelDefinition[];
  autoRotate: boolean;
  /** Filled in by the scene: the shell forwards key presses to it. */
  commands: { current: KeyCommand | null };
  onOverlay: (overlay: Overlay) => void;
  /** Called when the models are in the scene and the camera placed: a frame can be drawn. */
  onPlaced: () => void;
}

const gap = 3;
export const fieldOfView = 45;

const builds = new WeakMap<ModelDefinition, Group>();

/**
 * A model's three.js objects, built once: the viewer builds them in a step of their own before
 * the scene mounts (building a detailed model is a task of its own on a slow phone), and the
 * compare mode shows the same model again without building it twice.
 */
export function builtModel(model: ModelDefinition): Group {
  let group = builds.get(model);
  if (!group) builds.set(model, (group = model.build()));
  return group;
}

export function Scene({ models, autoRotate, commands, onOverlay, onPlaced }: SceneProps) {
  const built = useMemo(() => models.map(builtModel), [models]);
  const scale = useMemo(() => coin(), []);
  const layout = useMemo(() => arrange(built), [built]);
  const aspect = useThree((state) => state.size.width / Math.max(1, state.size.height));
  const home = useMemo(() => homeView(layout.whole, aspect), [layout, aspect]);
  const controls = useRef<OrbitControlsImpl>(null);
  const { camera, invalidate } = useThree();

  useEffect(() => {
    camera.position.copy(home.position);
    camera.near = home.distance / 100;
    camera.far = home.distance * 10;
    camera.updateProjectionMatrix();
    controls.current?.target.copy(home.target);
    controls.current?.update();
    controls.current?.saveState();
    invalidate();
    onPlaced();
  }, [camera, home, invalidate, onPlaced]);

  useEffect(() => {
    commands.current = (key) => {
      const orbit = controls.current;
      if (!orbit) return false;
      if (key === 'r' || key === 'R') orbit.reset();
      else if (!turnOrZoom(key, camera, orbit, home.distance)) return false;
      invalidate();
      return true;
    };
    return () => {
      commands.current = null;
    };
  }, [camera, commands, home, invalidate]);

  // with frames on demand, auto-rotation asks for the next frame itself
  useEffect(() => invalidate(), [autoRotate, invalidate]);
  useFrame(() => {
    if (autoRotate && controls.current) {
      controls.current.update();
      invalidate();
    }
  });

  const last = useRef('');
  useFrame(({ size }) => {
    const overlay = project(models, layout, camera, size);
    const key = JSON.stringify(overlay);
    if (key !== last.current) {
      last.current = key;
      onOverlay(overlay);
    }
  });

  return (
    <>
      <RenderScale />
      <hemisphereLight args={['#ffffff', '#b9b2a4', 1.6]} />
      <directionalLight position={[6, 12, 8]} intensity={2.2} />
      <directionalLight position={[-8, 4, -6]} intensity={0.7} />
      {built.map((group, i) => (
        <primitive key={models[i]!.id} object={group as Group} position={layout.offsets[i]!} />
      ))}
      <primitive object={scale} position={layout.coinAt} />
      <OrbitControls
        ref={controls}
        makeDefault
        autoRotate={autoRotate}
        autoRotateSpeed={1.5}
        enableDamping={false}
        minDistance={home.distance / 4}
        maxDistance={home.distance * 3}
      />
    </>
  );
}

interface Layout {
  offsets: Vector3[];
  /** Each model's centre where it stands (captions go under it). */
  centres: Vector3[];
  whole: Box3;
  coinAt: Vector3;
}

/** The models side by side on the floor, centred, with the coin beside them for scale. */
function arrange(built: Group[]): Layout {
  const boxes = built.map((group) => new Box3().setFromObject(group));
  let x = 0;
  const offsets = boxes.map((box, i) => {
    const offset = new Vector3(x - box.min.x, -box.min.y, -(box.min.z + box.max.z) / 2);
    x += box.max.x - box.min.x + (i < boxes.length - 1 ? gap : 0);
    return offset;
  });
  for (const offset of offsets) offset.x -= x / 2;
  const placed = boxes.map((box, i) => box.clone().translate(offsets[i]!));
  const whole = placed.reduce((all, box) => all.union(box), new Box3());
  // side by side the pair is already wide: the coin goes in front of the gap, where a phone's
  // square frame has room to spare, instead of widening the scene further
  const coinAt =
    placed.length > 1
      ? new Vector3((placed[0]!.max.x + placed[1]!.min.x) / 2, 0.1, whole.max.z + coinDiameter)
      : new Vector3(whole.min.x - coinDiameter, 0.1, whole.max.z + coinDiameter / 2);
  whole.expandByPoint(coinAt.clone().addScalar(-coinDiameter / 2));
  whole.expandByPoint(coinAt.clone().addScalar(coinDiameter / 2));
  return { offsets, centres: placed.map((box) => box.getCenter(new Vector3())), whole, coinAt };
}

/**
 * The first view: seen from the front, a little above and to the right, as close as keeps every
 * corner of the scene inside the frame with a margin (a bounding sphere would leave the model
 * small, above all on a phone's narrow frame).
 */
function homeView(whole: Box3, aspect: number) {
  const target = whole.getCenter(new Vector3());
  const direction = new Vector3(0.35, 0.45, 1).normalize();
  const camera = new PerspectiveCamera(fieldOfView, aspect, 0.01, 10_000);
  const corners = [0, 1, 2, 3, 4, 5, 6, 7].map(
    (i) =>
      new Vector3(
        i & 1 ? whole.max.x : whole.min.x,
        i & 2 ? whole.max.y : whole.min.y,
        i & 4 ? whole.max.z : whole.min.z,
      ),
  );
  let distance = whole.getSize(new Vector3()).length() / Math.tan((fieldOfView * Math.PI) / 360);
  // the fit is not linear in the distance: a few rounds settle it
  for (let round = 0; round < 4; round++) {
    camera.position.copy(target).addScaledVector(direction, distance);
    camera.lookAt(target);
    camera.updateMatrixWorld();
    const reach = Math.max(
      ...corners.map((corner) => {
        const ndc = corner.clone().project(camera);
        return Math.max(Math.abs(ndc.x), Math.abs(ndc.y));
      }),
    );
    distance *= reach / 0.82;
  }
  return { target, position: target.clone().addScaledVector(direction, distance), distance };
}

const step = Math.PI / 12;
const moves: Record<string, [theta: number, phi: number, zoom: number]> = {
  ArrowLeft: [-step, 0, 1],
  ArrowRight: [step, 0, 1],
  ArrowUp: [0, -step, 1],
  ArrowDown: [0, step, 1],
  '+': [0, 0, 0.85],
  '=': [0, 0, 0.85],
  '-': [0, 0, 1.18],
  _: [0, 0, 1.18],
};

/** Arrows orbit by 15°, + and − zoom, within the same limits as the pointer. */
function turnOrZoom(key: string, camera: Camera, orbit: OrbitControlsImpl, distance: number) {
  const move = moves[key];
  if (!move) return false;
  const [theta, phi, zoom] = move;
  const offset = camera.position.clone().sub(orbit.target);
  const spherical = new Spherical().setFromVector3(offset);
  spherical.theta += theta;
  spherical.phi = Math.min(Math.PI - 0.15, Math.max(0.15, spherical.phi + phi));
  spherical.radius = Math.min(distance * 3, Math.max(distance / 4, spherical.radius * zoom));
  camera.position.copy(orbit.target).add(offset.setFromSpherical(spherical));
  orbit.update();
  return true;
}

/** Where each annotation and caption falls on screen this frame. */
function project(
  models: ModelDefinition[],
  layout: Layout,
  camera: Camera,
  size: { width: number; height: number },
): Overlay {
  const toScreen = (point: Vector3, normal: Vector3): ScreenPoint => {
    const ndc = point.clone().project(camera);
    return {
      x: Math.round(((ndc.x + 1) / 2) * size.width),
      y: Math.round(((1 - ndc.y) / 2) * size.height),
      behind: normal.dot(camera.position.clone().sub(point)) < 0,
    };
  };
  const front = new Vector3(0, 0, 1);
  return {
    annotations: models.map((model, i) =>
      model.annotations.map((annotation) =>
        toScreen(
          new Vector3(...annotation.position).add(layout.offsets[i]!),
          annotation.normal ? new Vector3(...annotation.normal) : front,
        ),
      ),
    ),
    captions: layout.centres.map((centre) => ({
      ...toScreen(new Vector3(centre.x, 0, layout.whole.max.z), front),
      behind: false,
    })),
  };
}
