import {
  BoxGeometry,
  BufferAttribute,
  Color,
  ConeGeometry,
  CylinderGeometry,
  Euler,
  IcosahedronGeometry,
  Matrix4,
  Mesh,
  MeshLambertMaterial,
  Quaternion,
  Vector3,
  type BufferGeometry,
  type ColorRepresentation,
} from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';

/**
 * The VR rooms are stylised low-poly, built from a handful of primitives. Everything that never
 * changes is merged into one vertex-coloured, flat-shaded mesh per room (a `Batch`), so a whole
 * room costs one draw call and no texture: what a standalone headset needs to hold 72 fps.
 * Units are metres; the visitor sits at the origin looking down −z.
 */

export type Vec3 = [number, number, number];

export interface Placement {
  at?: Vec3;
  /** Euler angles in radians. */
  turn?: Vec3;
  scale?: Vec3;
}

/** Flat shading keeps the facets visible (the low-poly look) and Lambert is cheap per pixel. */
export function lowPolyMaterial(options: { transparent?: boolean; opacity?: number } = {}) {
  return new MeshLambertMaterial({ vertexColors: true, flatShading: true, ...options });
}

export class Batch {
  private readonly parts: BufferGeometry[] = [];

  /** Adds a piece of geometry in one colour, placed in the room. */
  add(geometry: BufferGeometry, color: ColorRepresentation, placement: Placement = {}): this {
    const piece = geometry.index ? geometry.toNonIndexed() : geometry.clone();
    geometry.dispose();
    for (const name of Object.keys(piece.attributes))
      if (name !== 'position' && name !== 'normal') piece.deleteAttribute(name);
    const matrix = new Matrix4().compose(
      new Vector3(...(placement.at ?? [0, 0, 0])),
      new Quaternion().setFromEuler(new Euler(...(placement.turn ?? [0, 0, 0]))),
      new Vector3(...(placement.scale ?? [1, 1, 1])),
    );
    piece.applyMatrix4(matrix);
    const { r, g, b } = new Color(color);
    const count = piece.attributes['position']!.count;
    const colors = new Float32Array(count * 3);
    for (let i = 0; i < count; i++) colors.set([r, g, b], i * 3);
    piece.setAttribute('color', new BufferAttribute(colors, 3));
    this.parts.push(piece);
    return this;
  }

  /** A box of the given size whose bottom face rests at `at` (furniture stands on floors). */
  box(size: Vec3, color: ColorRepresentation, at: Vec3, turn?: Vec3): this {
    const geometry = new BoxGeometry(...size);
    geometry.translate(0, size[1] / 2, 0);
    return this.add(geometry, color, { at, ...(turn ? { turn } : {}) });
  }

  /** An upright cylinder (or a cone with `top` 0) standing at `at`. */
  cylinder(
    radius: number,
    height: number,
    color: ColorRepresentation,
    at: Vec3,
    options: { top?: number; sides?: number; turn?: Vec3 } = {},
  ): this {
    const geometry = new CylinderGeometry(
      options.top ?? radius,
      radius,
      height,
      options.sides ?? 8,
    );
    geometry.translate(0, height / 2, 0);
    return this.add(geometry, color, { at, ...(options.turn ? { turn: options.turn } : {}) });
  }

  /** A faceted ball centred at `at`. */
  ball(radius: number, color: ColorRepresentation, at: Vec3, scale?: Vec3): this {
    return this.add(new IcosahedronGeometry(radius, 1), color, { at, ...(scale ? { scale } : {}) });
  }

  /** One mesh for everything added: a single draw call. */
  mesh(name: string, material = lowPolyMaterial()): Mesh {
    const merged = mergeGeometries(this.parts);
    if (!merged) throw new Error(`${name}: nothing to merge`);
    for (const part of this.parts) part.dispose();
    merged.computeVertexNormals();
    const mesh = new Mesh(merged, material);
    mesh.name = name;
    return mesh;
  }
}

/** A room: floor, back and side walls, and a ceiling, open towards the visitor's back. */
export function room(
  batch: Batch,
  colors: { floor: ColorRepresentation; walls: ColorRepresentation; ceiling: ColorRepresentation },
  size: { width: number; depth: number; height: number },
) {
  const { width, depth, height } = size;
  batch.box([width, 0.02, depth + 2], colors.floor, [0, -0.02, -depth / 2 + 1]);
  batch.box([width, height, 0.05], colors.walls, [0, 0, -depth]);
  for (const side of [-1, 1])
    batch.box([0.05, height, depth + 2], colors.walls, [(side * width) / 2, 0, -depth / 2 + 1]);
  batch.box([width, 0.02, depth + 2], colors.ceiling, [0, height, -depth / 2 + 1]);
  // behind the visitor, so a headset user who turns round finds a wall, not the void
  batch.box([width, height, 0.05], colors.walls, [0, 0, 2]);
}

export interface PersonLook {
  skin: ColorRepresentation;
  hair: ColorRepresentation;
  top: ColorRepresentation;
  legs: ColorRepresentation;
}

/**
 * A seated young person, about 1.25 m to the top of the head when sitting, facing `facing`
 * radians about y (0 faces +z, towards the visitor). Simple shapes, friendly proportions.
 */
export function seatedPerson(batch: Batch, look: PersonLook, at: Vec3, facing = 0) {
  const [x, y, z] = at;
  const turn: Vec3 = [0, facing, 0];
  const place = (local: Vec3): Vec3 => {
    const v = new Vector3(...local).applyEuler(new Euler(...turn));
    return [x + v.x, y + v.y, z + v.z];
  };
  const part = (geometry: BufferGeometry, color: ColorRepresentation, local: Vec3, tilt?: Vec3) =>
    batch.add(geometry, color, {
      at: place(local),
      turn: tilt ? [tilt[0], facing + tilt[1], tilt[2]] : turn,
    });
  // thighs forward on the seat, shins down to the floor
  for (const side of [-1, 1]) {
    part(new BoxGeometry(0.13, 0.12, 0.42), look.legs, [side * 0.09, 0.46, 0.16]);
    part(new BoxGeometry(0.11, 0.44, 0.12), look.legs, [side * 0.09, 0.24, 0.36]);
    part(new BoxGeometry(0.12, 0.06, 0.2), '#2d2f36', [side * 0.09, 0.03, 0.41]);
  }
  part(new CylinderGeometry(0.15, 0.17, 0.5, 7), look.top, [0, 0.76, 0]);
  for (const side of [-1, 1]) {
    part(
      new CylinderGeometry(0.045, 0.05, 0.42, 6),
      look.top,
      [side * 0.2, 0.76, 0.06],
      [0.35, 0, 0],
    );
    part(new IcosahedronGeometry(0.05, 0), look.skin, [side * 0.2, 0.56, 0.16]);
  }
  part(new CylinderGeometry(0.05, 0.05, 0.08, 6), look.skin, [0, 1.04, 0]);
  part(new IcosahedronGeometry(0.12, 1), look.skin, [0, 1.16, 0]);
  part(new IcosahedronGeometry(0.128, 1), look.hair, [0, 1.2, -0.025]);
  for (const side of [-1, 1])
    part(new IcosahedronGeometry(0.014, 0), '#22252b', [side * 0.045, 1.17, 0.112]);
}

/** A simple chair (seat 0.45 m high) whose back is on the side away from `facing`. */
export function chair(batch: Batch, color: ColorRepresentation, at: Vec3, facing = 0) {
  const [x, y, z] = at;
  const back = new Vector3(0, 0, -0.2).applyEuler(new Euler(0, facing, 0));
  batch.box([0.44, 0.05, 0.42], color, [x, y + 0.4, z], [0, facing, 0]);
  batch.box([0.44, 0.45, 0.04], color, [x + back.x, y + 0.45, z + back.z], [0, facing, 0]);
  for (const dx of [-0.18, 0.18])
    for (const dz of [-0.17, 0.17]) {
      const leg = new Vector3(dx, 0, dz).applyEuler(new Euler(0, facing, 0));
      batch.box([0.04, 0.4, 0.04], color, [x + leg.x, y, z + leg.z]);
    }
}

/** A cone of colour, e.g. a party hat or a lampshade. */
export function cone(
  batch: Batch,
  radius: number,
  height: number,
  color: ColorRepresentation,
  at: Vec3,
) {
  batch.add(new ConeGeometry(radius, height, 8).translate(0, height / 2, 0), color, { at });
}
