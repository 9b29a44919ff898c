import {
  BufferGeometry,
  CatmullRomCurve3,
  DoubleSide,
  Matrix4,
  MeshStandardMaterial,
  TubeGeometry,
  Vector3,
  type Material,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { indexedGeometry, part, Pixels } from './kit';
import { stroke } from './paint';

/**
 * Leaves and stems shared by the plant replicas. A leaf is a strip of quads: rows along its
 * length, three or five columns across, the edge rows pushed in and out for teeth, folded
 * along the midrib and drooping towards the tip. In its own frame the base is at the origin,
 * the tip along +y and the upper face towards +z. Everything of one material is merged into
 * one mesh, so a whole plant costs a handful of draw calls. The plant models import it whole
 * (`import * as leaves`), as the kit they are built from.
 */

export interface LeafOptions {
  length: number;
  width: number;
  /** half-width at t ∈ [0, 1] along the leaf, as a fraction of width/2 */
  outline: (t: number) => number;
  /** teeth along each edge (0 for a smooth edge) */
  teeth?: number;
  /** how deep the teeth cut, as a fraction of the half-width */
  toothDepth?: number;
  /** saw teeth lean towards the tip; round ones are gentle scallops */
  toothShape?: 'saw' | 'round';
  /** rows along the leaf (with teeth: a multiple of teeth) */
  rows?: number;
  /** 3 or 5 columns across */
  columns?: 3 | 5;
  /** how far the edges rise above the midrib, as a fraction of the half-width */
  fold?: number;
  /** how far the tip droops below the leaf's plane (cm) */
  droop?: number;
}

/** Common leaf outlines. */
export const outlines = {
  /** long and narrow, widest a third of the way up (cannabis leaflets) */
  lance: (t: number) => Math.sin(Math.PI * Math.min(1, t ** 0.8)) ** 0.9 * (1 - 0.15 * t),
  /** oval, widest in the middle, rounded at both ends (coca, khat) */
  oval: (t: number) => Math.sqrt(Math.max(0, 1 - (2 * t - 1) ** 2)) ** 0.9,
  /** broad near the base, tapering to a blunt tip (amaranth) */
  ovate: (t: number) => Math.sqrt(Math.max(0, 1 - (2 * t - 1) ** 2)) * (1.25 - 0.55 * t),
};

export function leafGeometry(options: LeafOptions) {
  const teeth = options.teeth ?? 0;
  const depth = options.toothDepth ?? 0.15;
  const perTooth = options.toothShape === 'round' ? 4 : 3;
  const rows = options.rows ?? (teeth ? teeth * perTooth : 12);
  const columns = options.columns ?? 3;
  const fold = options.fold ?? 0.2;
  const droop = options.droop ?? 0;
  const across = columns === 5 ? [-1, -0.5, 0, 0.5, 1] : [-1, 0, 1];
  const positions: number[] = [];
  const uvs: number[] = [];
  for (let i = 0; i <= rows; i++) {
    const t = i / rows;
    const half = (options.width / 2) * Math.max(0, options.outline(t));
    let tooth = 1;
    if (teeth && i > 1 && i < rows - 1) {
      const phase = (i % perTooth) / perTooth;
      tooth =
        options.toothShape === 'round'
          ? 1 - depth * (1 - Math.sin(Math.PI * phase))
          : 1 - depth * (1 - phase);
    }
    for (const s of across) {
      const x = s * half * (Math.abs(s) === 1 ? tooth : 1);
      const z = fold * Math.abs(s) * half - droop * t * t;
      positions.push(x, t * options.length, z);
      uvs.push(x / options.width + 0.5, t);
    }
  }
  const index: number[] = [];
  const n = across.length;
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < n - 1; j++) {
      const a = i * n + j;
      const b = a + 1;
      const c = a + n;
      const d = c + 1;
      index.push(a, b, c, b, d, c);
    }
  return indexedGeometry(positions, uvs, index);
}

/**
 * How a leaf is painted: the blade colour, a paler midrib and side veins running towards the edge and
 * the tip. `lines` adds two faint curved lines beside the midrib (as on coca leaves); `flush`
 * tints the middle of the blade (red amaranth).
 */
export interface LeafPaint {
  blade: string;
  vein: string;
  /** side veins, if fainter than the midrib */
  sideVein?: string;
  veins?: number;
  lines?: string;
  flush?: string;
  edge?: string;
  outline: (t: number) => number;
}

/** A leaf texture painted as `options` says. */
export function leafTexture(options: LeafPaint) {
  const w = 64;
  const h = 128;
  const p = new Pixels(w, h, options.blade);
  if (options.flush)
    for (let y = 0; y < h; y++) {
      const t = 1 - y / h;
      const half = 20 * options.outline(t) * (1 - t * 0.5);
      if (half > 1) p.rect(Math.round(32 - half), y, Math.round(half * 2), 1, options.flush);
    }
  if (options.edge)
    for (let y = 0; y < h; y++) {
      const t = 1 - y / h;
      const half = 32 * options.outline(t);
      p.rect(Math.round(32 - half), y, 3, 1, options.edge);
      p.rect(Math.round(32 + half) - 3, y, 3, 1, options.edge);
    }
  const veins = options.veins ?? 7;
  for (let k = 1; k <= veins; k++) {
    const t = k / (veins + 1);
    const y = h * (1 - t * 0.92);
    for (const side of [-1, 1])
      stroke(
        p,
        [
          [32, y],
          [32 + side * 14, y - 12],
          [32 + side * 30, y - 30],
        ],
        1.4,
        options.sideVein ?? options.vein,
      );
  }
  if (options.lines)
    for (const side of [-1, 1]) {
      const points: [number, number][] = [];
      for (let k = 1; k <= 9; k++) {
        const t = 0.08 + (k / 10) * 0.84;
        points.push([32 + side * 13 * options.outline(t), h * (1 - t)]);
      }
      stroke(p, points, 2, options.lines);
    }
  p.rect(31, 0, 3, h, options.vein);
  return p.texture();
}

/** A leaf material: double-sided, with the painted veins. */
export function leafMaterial(texture: ReturnType<typeof leafTexture>, roughness = 0.65) {
  return new MeshStandardMaterial({ map: texture, roughness, side: DoubleSide });
}

/**
 * A transform putting a leaf's base at `base`, its tip towards `direction`, its upper face
 * as close to `up` as the direction allows, turned by `roll` about its own midrib.
 */
export function orient(base: Vector3, direction: Vector3, roll = 0, up = new Vector3(0, 1, 0)) {
  const y = direction.clone().normalize();
  let x = new Vector3().crossVectors(y, up);
  if (x.lengthSq() < 1e-6) x = new Vector3(1, 0, 0);
  x.normalize();
  let z = new Vector3().crossVectors(x, y).normalize();
  if (roll) {
    const c = Math.cos(roll);
    const s = Math.sin(roll);
    const x2 = x.clone().multiplyScalar(c).addScaledVector(z, s);
    z = z.clone().multiplyScalar(c).addScaledVector(x, -s);
    x = x2;
  }
  return new Matrix4().makeBasis(x, y, z).setPosition(base);
}

/** A stem through the points, `radius` at the start narrowing to `radius * taper` at the end. */
export function stemGeometry(
  points: Vector3[],
  radius: number,
  taper = 0.6,
  radial = 6,
  segments?: number,
) {
  const curve = new CatmullRomCurve3(points);
  const tubular = segments ?? Math.max(4, points.length * 3);
  const tube = new TubeGeometry(curve, tubular, radius, radial, false);
  const position = tube.attributes['position']!;
  const centre = new Vector3();
  const vertex = new Vector3();
  for (let i = 0; i <= tubular; i++) {
    curve.getPointAt(i / tubular, centre);
    const scale = 1 + (taper - 1) * (i / tubular);
    for (let j = 0; j <= radial; j++) {
      const k = i * (radial + 1) + j;
      vertex.fromBufferAttribute(position, k).sub(centre).multiplyScalar(scale).add(centre);
      position.setXYZ(k, vertex.x, vertex.y, vertex.z);
    }
  }
  tube.computeVertexNormals();
  return tube;
}

/** A piece of a plant before merging: its geometry and, unless it is in place, where it goes. */
export interface Placed {
  geometry: BufferGeometry;
  matrix?: Matrix4;
}

/** Copies of the pieces, each moved by its matrix, merged into one geometry (one draw call). */
export function mergePlaced(pieces: Placed[]) {
  return mergeGeometries(
    pieces.map(({ geometry, matrix }) =>
      matrix ? geometry.clone().applyMatrix4(matrix) : geometry,
    ),
  );
}

/** Stems, twigs or berries of one material merged into one named mesh. */
export function mergedPart(name: string, pieces: Placed[], material: Material) {
  return part(name, mergePlaced(pieces), material);
}

/** Leaf blades merged into one named mesh, their veins painted as `paint` says. */
export function foliage(name: string, blades: Placed[], paint: LeafPaint, roughness?: number) {
  return part(name, mergePlaced(blades), leafMaterial(leafTexture(paint), roughness));
}
