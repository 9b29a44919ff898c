import {
  BoxGeometry,
  DoubleSide,
  MeshStandardMaterial,
  type Texture,
  BufferGeometry,
  OctahedronGeometry,
  PlaneGeometry,
  Vector3,
  type Material,
} from 'three';
import { ConvexGeometry } from 'three/examples/jsm/geometries/ConvexGeometry.js';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { assemble, glassy, grains, indexedGeometry, matte, part, Pixels, seeded } from './kit';

/**
 * Shapes the powder, crystal and bagged-sweet replicas share: small film bags lying on the
 * table (clear zip bags and printed retail bags), powder heaps, loose grains and glassy crystal
 * shards. Bags lie flat: width along x, length along z, the zip at the far (−z) end, the top
 * face (+y) towards the viewer.
 */

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** How much a film bag swells at (u, v) ∈ [0, 1]²: fully in the middle, not at all at the edges. */
export function swell(u: number, v: number) {
  return Math.sin(Math.PI * clamp01(u)) ** 0.45 * Math.sin(Math.PI * clamp01(v)) ** 0.45;
}

/**
 * One face of a film pillow lying on the table: the top face bulges up by `puff` (uv 0..1 over
 * the face, image top at the far end), or with `puff` < 0 the bottom face, facing down.
 */
export function pillowFace(
  width: number,
  length: number,
  puff: number,
  base = 0.02,
  segments: [number, number] = [14, 18],
) {
  const face = new PlaneGeometry(width, length, segments[0], segments[1]);
  face.rotateX(puff >= 0 ? -Math.PI / 2 : Math.PI / 2);
  const position = face.attributes['position']!;
  for (let i = 0; i < position.count; i++) {
    const u = position.getX(i) / width + 0.5;
    const v = position.getZ(i) / length + 0.5;
    position.setY(i, base + Math.max(0, puff) * swell(u, v) - (puff < 0 ? base * 0.5 : 0));
  }
  face.computeVertexNormals();
  return face;
}

/**
 * A small clear zip bag lying flat, with its red zip track at the far end: no print, no label.
 * `puff` is how far its contents lift the top film (cm).
 */
export function zipBag(
  name: string,
  width: number,
  length: number,
  puff: number,
  opacity = 0.3,
  zip = '#d9362b',
) {
  const film = glassy('#eef3f6', opacity);
  film.depthWrite = false; // the contents must show through
  const top = part('bag film (top)', pillowFace(width, length, puff), film);
  const bottom = part('bag film (bottom)', pillowFace(width, length, -1), film);
  top.renderOrder = bottom.renderOrder = 2;
  const track = new BoxGeometry(width * 0.98, 0.06, 0.12);
  const zipper = part('zip track', track, matte(zip, { roughness: 0.4 }));
  zipper.position.set(0, 0.06, -length / 2 + 0.55);
  const lip = new BoxGeometry(width * 0.98, 0.05, 0.06);
  lip.translate(0, 0.06, -length / 2 + 0.75);
  // the heat-sealed rim (three sides) and the zip's lip, in one slightly cloudier mesh
  const seams = [
    lip,
    new BoxGeometry(0.22, 0.04, length).translate(-width / 2 + 0.11, 0.03, 0),
    new BoxGeometry(0.22, 0.04, length).translate(width / 2 - 0.11, 0.03, 0),
    new BoxGeometry(width, 0.04, 0.22).translate(0, 0.03, length / 2 - 0.11),
  ];
  const rim = part('seals and zip lip', mergeGeometries(seams), glassy('#dfe8ee', 0.55));
  rim.renderOrder = 2;
  return assemble(name, top, bottom, zipper, rim);
}

/** Height of the bag's inside at a point (x, z) of a bag of the given size and puff. */
export function bagHeight(x: number, z: number, width: number, length: number, puff: number) {
  return puff * swell(x / width + 0.5, z / length + 0.5);
}

/** A fine, slightly uneven powder texture: speckles of a lighter and darker shade. */
export function powderTexture(base: string, light: string, dark: string, seed: number) {
  const random = seeded(seed);
  const p = new Pixels(128, 128, base);
  for (let i = 0; i < 1400; i++) {
    const x = Math.floor(random() * 128);
    const y = Math.floor(random() * 128);
    p.rect(x, y, 1 + Math.floor(random() * 2), 1, random() < 0.55 ? light : dark);
  }
  return p.texture();
}

/**
 * A heap of powder: a low, lumpy cone with a ragged rim. Centre on the table at the origin;
 * `radius` and `height` in cm. UVs are planar so a speckle texture repeats across it.
 */
export function moundGeometry(radius: number, height: number, seed: number, rings = 8, sides = 28) {
  const random = seeded(seed);
  const rim: number[] = [];
  for (let s = 0; s < sides; s++) rim.push(0.8 + random() * 0.35);
  const bumps: number[] = [];
  for (let i = 0; i < (rings + 1) * sides; i++) bumps.push(random());
  const positions: number[] = [];
  const uvs: number[] = [];
  const index: number[] = [];
  positions.push(0, height, 0);
  uvs.push(0.5, 0.5);
  for (let r = 1; r <= rings; r++) {
    const t = r / rings;
    for (let s = 0; s < sides; s++) {
      const angle = (s / sides) * Math.PI * 2;
      const edge =
        rim[s]! * 0.5 + 0.5 * ((rim[(s + 1) % sides]! + rim[(s + sides - 1) % sides]!) / 2);
      const reach = t * radius * edge;
      const lump = r < rings ? (bumps[r * sides + s]! - 0.5) * 0.12 * height : 0;
      const y = Math.max(0.005, height * (1 - t ** 1.4) ** 1.2 + lump);
      const x = Math.cos(angle) * reach;
      const z = Math.sin(angle) * reach;
      positions.push(x, y, z);
      uvs.push(x / 2, z / 2);
    }
  }
  for (let s = 0; s < sides; s++) index.push(0, 1 + ((s + 1) % sides), 1 + s);
  for (let r = 1; r < rings; r++)
    for (let s = 0; s < sides; s++) {
      const a = 1 + (r - 1) * sides + s;
      const b = 1 + (r - 1) * sides + ((s + 1) % sides);
      const c = 1 + r * sides + s;
      const d = 1 + r * sides + ((s + 1) % sides);
      index.push(a, b, c, b, d, c);
    }
  return indexedGeometry(positions, uvs, index);
}

/** Loose grains of powder scattered around a point on a surface at height `y`. */
export function scatter(
  colour: string,
  count: number,
  centre: [number, number, number],
  reach: number,
  size: number,
  seed: number,
  material?: Material,
) {
  const random = seeded(seed);
  return grains(
    'loose grains',
    new OctahedronGeometry(size, 0),
    material ?? matte(colour, { roughness: 0.6 }),
    count,
    (_, dummy) => {
      const angle = random() * Math.PI * 2;
      const distance = reach * (0.25 + 0.75 * Math.sqrt(random()));
      dummy.position.set(
        centre[0] + Math.cos(angle) * distance,
        centre[1] + size * 0.4,
        centre[2] + Math.sin(angle) * distance,
      );
      dummy.rotation.set(random() * 3, random() * 3, random() * 3);
      dummy.scale.set(0.5 + random(), 0.4 + random() * 0.5, 0.5 + random());
    },
  );
}

/**
 * One glassy crystal: the convex hull of points jittered around a long, narrow prism, so it
 * has flat facets and a pointed or broken end. `length` along x, about `thickness` across.
 */
export function shardGeometry(random: () => number, length: number, thickness: number) {
  const points: Vector3[] = [];
  points.push(new Vector3(-length / 2, (random() - 0.5) * thickness * 0.4, 0));
  points.push(
    new Vector3(length / 2, (random() - 0.5) * thickness * 0.5, (random() - 0.5) * 0.3 * thickness),
  );
  const sides = 5 + Math.floor(random() * 2);
  for (const along of [-0.32, 0, 0.3]) {
    const offset = random() * Math.PI;
    for (let s = 0; s < sides; s++) {
      const angle = offset + (s / sides) * Math.PI * 2 + (random() - 0.5) * 0.5;
      const r = (thickness / 2) * (0.7 + random() * 0.45);
      points.push(
        new Vector3(
          length * (along + (random() - 0.5) * 0.12),
          Math.sin(angle) * r * 0.75,
          Math.cos(angle) * r,
        ),
      );
    }
  }
  return new ConvexGeometry(points);
}

/** Many crystals merged into one mesh: `place` returns where each one lies. */
export function crystals(
  name: string,
  material: Material,
  seed: number,
  count: number,
  place: (
    index: number,
    random: () => number,
  ) => {
    length: number;
    thickness: number;
    at: [number, number, number];
    turn: [number, number, number];
  },
) {
  const random = seeded(seed);
  const pieces: BufferGeometry[] = [];
  for (let i = 0; i < count; i++) {
    const spot = place(i, random);
    const shard = shardGeometry(random, spot.length, spot.thickness);
    shard.rotateX(spot.turn[0]);
    shard.rotateZ(spot.turn[2]);
    shard.rotateY(spot.turn[1]);
    shard.translate(...spot.at);
    pieces.push(shard);
  }
  return part(name, mergeGeometries(pieces), material);
}

/**
 * A printed retail bag lying flat: the top film carries `print` (its alpha makes clear windows),
 * the underside is plain film, and both ends have crimped heat seals in `seal` colour.
 */
export function printedBag(
  name: string,
  width: number,
  length: number,
  puff: number,
  print: Texture,
  seal: string,
  underside = '#f3ead8',
) {
  const film = new MeshStandardMaterial({
    map: print,
    roughness: 0.35,
    transparent: true,
    depthWrite: false,
    side: DoubleSide,
  });
  const top = part('printed film', pillowFace(width, length, puff, 0.05, [16, 22]), film);
  const back = glassy(underside, 0.5);
  back.depthWrite = false;
  const bottom = part('film underside', pillowFace(width, length, -1), back);
  top.renderOrder = bottom.renderOrder = 2;
  const crimp = (z: number) => {
    const band = new BoxGeometry(width, 0.08, 1.1, 36, 1, 1);
    const position = band.attributes['position']!;
    for (let i = 0; i < position.count; i++)
      position.setY(i, position.getY(i) + 0.04 * Math.sin(position.getX(i) * 8));
    band.computeVertexNormals();
    return band.translate(0, 0.06, z);
  };
  const seals = part(
    'crimped seals',
    mergeGeometries([crimp(-length / 2 - 0.45), crimp(length / 2 + 0.45)]),
    matte(seal, { roughness: 0.4 }),
  );
  return assemble(name, top, bottom, seals);
}
