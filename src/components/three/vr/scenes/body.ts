import {
  CapsuleGeometry,
  CylinderGeometry,
  DoubleSide,
  Group,
  IcosahedronGeometry,
  Mesh,
  MeshLambertMaterial,
  Quaternion,
  Vector3,
  type BufferGeometry,
} from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
import type { OrganId } from '../../../../lib/vr/body';
import { Batch, room } from '../kit';
import type { Room } from './types';

/**
 * "Inside the body": a calm, clinic-like room and a stylised figure with a see-through skin.
 * Each organ is its own simple mesh with its own material, so it can glow softly when a drug's
 * effects name it (World.tsx does that); nothing is cut open, nothing bleeds.
 */

/** Where the figure stands: centred in front of the visitor, feet on a low platform. */
export const figureAt = new Vector3(0, 0.14, -1.6);

/** The organs' resting colours: muted, so a lit organ stands out without alarming colours. */
const organColors: Record<OrganId, string> = {
  brain: '#e7b9c4',
  eyes: '#ffffff',
  teeth: '#fffdf4',
  lungs: '#e99aa6',
  heart: '#d9606d',
  stomach: '#e8b27c',
  liver: '#9c4a4a',
  kidneys: '#b35a5a',
  bladder: '#e6c15c',
  spine: '#f0ead8',
  nerves: '#f3d86b',
  skin: '#f2cfb6',
  blood: '#c94a55',
};

type Part = [
  geometry: BufferGeometry,
  at: [number, number, number],
  scale?: [number, number, number],
];

/** A thin tube from a to b (spinal cord, nerves, vessels). */
function tube(radius: number, a: [number, number, number], b: [number, number, number]): Part {
  const from = new Vector3(...a);
  const to = new Vector3(...b);
  const geometry = new CylinderGeometry(radius, radius, from.distanceTo(to), 5);
  geometry.applyQuaternion(
    new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), to.clone().sub(from).normalize()),
  );
  const mid = from.add(to).multiplyScalar(0.5);
  return [geometry, [mid.x, mid.y, mid.z]];
}

const ball = (radius: number, detail = 1) => new IcosahedronGeometry(radius, detail);

/** Each organ's parts, in the figure's own coordinates (metres, feet at 0, facing +z). */
function organParts(): Record<Exclude<OrganId, 'skin'>, Part[]> {
  const limbs: [number, number, number][][] = [
    [
      [-0.2, 1.22, 0],
      [-0.27, 0.92, 0.02],
      [-0.3, 0.66, 0.05],
    ],
    [
      [0.2, 1.22, 0],
      [0.27, 0.92, 0.02],
      [0.3, 0.66, 0.05],
    ],
    [
      [-0.08, 0.78, 0],
      [-0.09, 0.42, 0.01],
      [-0.09, 0.06, 0.03],
    ],
    [
      [0.08, 0.78, 0],
      [0.09, 0.42, 0.01],
      [0.09, 0.06, 0.03],
    ],
  ];
  return {
    brain: [[ball(0.07), [0, 1.4, -0.005], [1, 0.8, 1.1]]],
    eyes: [
      [ball(0.012, 0), [-0.032, 1.355, 0.075]],
      [ball(0.012, 0), [0.032, 1.355, 0.075]],
    ],
    teeth: [[new CylinderGeometry(0.03, 0.03, 0.014, 8, 1, true, -1.2, 2.4), [0, 1.305, 0.045]]],
    lungs: [
      [ball(0.05), [-0.065, 1.14, 0], [1, 1.8, 0.9]],
      [ball(0.05), [0.065, 1.14, 0], [1, 1.8, 0.9]],
    ],
    heart: [[ball(0.038), [0.018, 1.1, 0.035], [1, 1.15, 0.9]]],
    stomach: [[ball(0.045), [0.05, 0.99, 0.03], [1.3, 0.85, 0.8]]],
    liver: [[ball(0.05), [-0.05, 1.0, 0.03], [1.5, 0.7, 0.8]]],
    kidneys: [
      [ball(0.026), [-0.055, 0.93, -0.04], [0.8, 1.3, 0.8]],
      [ball(0.026), [0.055, 0.93, -0.04], [0.8, 1.3, 0.8]],
    ],
    bladder: [[ball(0.032), [0, 0.8, 0.03], [1, 0.85, 0.9]]],
    spine: [tube(0.012, [0, 0.8, -0.06], [0, 1.3, -0.05])],
    nerves: limbs.flatMap((limb) => [
      tube(0.006, limb[0]!, limb[1]!),
      tube(0.006, limb[1]!, limb[2]!),
    ]),
    blood: [
      tube(0.008, [0.01, 1.07, 0.02], [0.01, 0.78, 0.0]),
      tube(0.007, [0.02, 1.14, 0.03], [0.03, 1.3, 0.02]),
      tube(0.006, [0.01, 0.8, 0.0], [-0.08, 0.45, 0.02]),
      tube(0.006, [0.01, 0.8, 0.0], [0.08, 0.45, 0.02]),
    ],
  };
}

function merged(parts: Part[]): BufferGeometry {
  const geometries = parts.map(([geometry, at, scale]) => {
    const piece = (geometry.index ? geometry.toNonIndexed() : geometry).clone();
    if (scale) piece.scale(...scale);
    piece.translate(...at);
    piece.deleteAttribute('uv');
    return piece;
  });
  return mergeGeometries(geometries)!;
}

/** The see-through skin: head, neck, body, arms and legs as soft capsules. */
function skin(): BufferGeometry {
  const capsule = (radius: number, length: number) => new CapsuleGeometry(radius, length, 3, 8);
  return merged([
    [ball(0.1, 2), [0, 1.37, 0], [0.92, 1.08, 0.98]],
    [capsule(0.045, 0.05), [0, 1.25, 0]],
    [capsule(0.15, 0.32), [0, 1.03, 0], [1, 1, 0.62]],
    [capsule(0.045, 0.5), [-0.25, 0.94, 0.02]],
    [capsule(0.045, 0.5), [0.25, 0.94, 0.02]],
    [capsule(0.065, 0.62), [-0.085, 0.42, 0.01]],
    [capsule(0.065, 0.62), [0.085, 0.42, 0.01]],
  ]);
}

/** The figure: one mesh per organ, named `organ:<id>`, each with its own material. */
export function figure(): Group {
  const group = new Group();
  group.name = 'figure';
  group.position.copy(figureAt);
  for (const [organ, parts] of Object.entries(organParts()) as [OrganId, Part[]][]) {
    const mesh = new Mesh(
      merged(parts),
      new MeshLambertMaterial({ color: organColors[organ], flatShading: true }),
    );
    mesh.name = `organ:${organ}`;
    mesh.userData['organ'] = organ;
    group.add(mesh);
  }
  const shell = new Mesh(
    skin(),
    new MeshLambertMaterial({
      color: organColors.skin,
      transparent: true,
      opacity: 0.28,
      depthWrite: false,
      side: DoubleSide,
    }),
  );
  shell.name = 'organ:skin';
  shell.userData['organ'] = 'skin';
  // drawn after the organs, so they show through it
  shell.renderOrder = 1;
  group.add(shell);
  return group;
}

function build() {
  const batch = new Batch();
  room(
    batch,
    { floor: '#d5dee5', walls: '#e9eff4', ceiling: '#f6f9fb' },
    {
      width: 4.4,
      depth: 3,
      height: 2.8,
    },
  );
  batch.cylinder(0.42, 0.14, '#c3d0da', [figureAt.x, 0, figureAt.z], { sides: 16 });
  batch.box([2.6, 0.05, 0.03], '#9fb4c4', [0, 2.05, -2.97]);
  const group = new Group();
  group.name = 'body';
  group.add(batch.mesh('clinic room'), figure());
  return group;
}

export const bodyRoom: Room = {
  id: 'body',
  build,
  background: '#e9eff4',
  light: { sky: '#ffffff', ground: '#aab7c2', key: 1.3 },
};
