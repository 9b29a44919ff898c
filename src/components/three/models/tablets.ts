import {
  Color,
  InstancedMesh,
  LatheGeometry,
  MeshStandardMaterial,
  Vector2,
  type Object3D,
} from 'three';
import { grains, Pixels } from './kit';
import { glyph, type Glyph } from './paint';

/**
 * Pressed tablets shared by the pill and sweet replicas: a round tablet with bevelled edges
 * and a slightly domed face (a lathe profile, lying flat, +y up), a texture for what is pressed
 * into its face, and many tablets in one instanced mesh, each with its own colour.
 */

/** A round tablet `diameter` across and `thickness` high, its bottom on y = 0. */
export function tabletGeometry(diameter: number, thickness: number, dome = 0.12, segments = 16) {
  const r = diameter / 2;
  const h = thickness;
  const bevel = Math.min(r * 0.22, h * 0.32);
  const profile = [
    new Vector2(0, -h * dome * 0.3),
    new Vector2(r - bevel, 0),
    new Vector2(r, bevel),
    new Vector2(r, h - bevel),
    new Vector2(r - bevel, h),
    new Vector2(0, h + h * dome * 0.3),
  ];
  // a lathe draws its profile from the axis outwards; the bottom half must face down
  const lathe = new LatheGeometry(profile.reverse(), segments);
  // planar uv over the face, so a texture's middle lands in the middle of the tablet
  const position = lathe.attributes['position']!;
  const uv = lathe.attributes['uv']!;
  for (let i = 0; i < position.count; i++)
    uv.setXY(i, position.getX(i) / diameter + 0.5, 0.5 - position.getZ(i) / diameter);
  lathe.computeVertexNormals();
  return lathe;
}

/**
 * What is pressed into a tablet's face: `marks` are strokes in a unit box, drawn grey on white
 * so the instance colour shows through and the same texture serves as a bump map.
 */
export function imprintTexture(marks: Glyph, width = 0.1, box = 0.56) {
  const size = 128;
  const p = new Pixels(size, size, '#ffffff');
  const offset = ((1 - box) / 2) * size;
  glyph(p, marks, offset, offset, box * size, width * size, '#a8a8a8');
  return p.texture();
}

/** A tablet material: white, with the imprint both painted and pressed in. */
export function tabletMaterial(imprint?: ReturnType<typeof imprintTexture>, roughness = 0.6) {
  return new MeshStandardMaterial({
    color: '#ffffff',
    roughness,
    ...(imprint ? { map: imprint, bumpMap: imprint, bumpScale: 2.5 } : {}),
  });
}

/** Many tablets in one draw call, each placed by `place` and coloured by `colour`. */
export function tablets(
  name: string,
  geometry: ReturnType<typeof tabletGeometry>,
  material: MeshStandardMaterial,
  count: number,
  place: (index: number, dummy: Object3D) => void,
  colour: (index: number) => string,
): InstancedMesh {
  const mesh = grains(name, geometry, material, count, place);
  const c = new Color();
  for (let i = 0; i < count; i++) mesh.setColorAt(i, c.set(colour(i)));
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  return mesh;
}

/** Letters and marks for imprints, in a unit box (y down). */
export const marks = {
  W: [
    [
      [0, 0.05],
      [0.22, 0.95],
      [0.5, 0.35],
      [0.78, 0.95],
      [1, 0.05],
    ],
  ] as Glyph,
  Y: [
    [
      [0, 0.05],
      [0.5, 0.5],
      [1, 0.05],
    ],
    [
      [0.5, 0.5],
      [0.5, 0.95],
    ],
  ] as Glyph,
  /** two glyphs side by side in one box */
  pair(a: Glyph, b: Glyph): Glyph {
    const squeeze = (g: Glyph, dx: number) =>
      g.map((line) => line.map(([u, v]) => [dx + u * 0.44, 0.22 + v * 0.56] as [number, number]));
    return [...squeeze(a, 0), ...squeeze(b, 0.56)];
  },
  star: [
    [
      ...Array.from({ length: 11 }, (_, k) => {
        const angle = -Math.PI / 2 + (k * Math.PI) / 5;
        const r = k % 2 === 0 ? 0.5 : 0.22;
        return [0.5 + Math.cos(angle) * r, 0.53 + Math.sin(angle) * r] as [number, number];
      }),
    ],
  ] as Glyph,
  crown: [
    [
      [0.05, 0.8],
      [0.05, 0.25],
      [0.3, 0.55],
      [0.5, 0.15],
      [0.7, 0.55],
      [0.95, 0.25],
      [0.95, 0.8],
      [0.05, 0.8],
    ],
  ] as Glyph,
  smiley: [
    Array.from({ length: 25 }, (_, k) => {
      const angle = (k / 24) * Math.PI * 2;
      return [0.5 + Math.cos(angle) * 0.48, 0.5 + Math.sin(angle) * 0.48] as [number, number];
    }),
    [
      [0.33, 0.3],
      [0.33, 0.42],
    ],
    [
      [0.67, 0.3],
      [0.67, 0.42],
    ],
    Array.from({ length: 9 }, (_, k) => {
      const angle = Math.PI * (0.15 + (0.7 * k) / 8);
      return [0.5 + Math.cos(angle) * 0.28, 0.5 + Math.sin(angle) * 0.28] as [number, number];
    }),
  ] as Glyph,
  /** a score line across the middle, as on many plain tablets and sweets */
  score: [
    [
      [0, 0.5],
      [1, 0.5],
    ],
  ] as Glyph,
};
