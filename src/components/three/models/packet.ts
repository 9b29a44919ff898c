import {
  BoxGeometry,
  Color,
  ExtrudeGeometry,
  IcosahedronGeometry,
  Shape,
  type BufferGeometry,
  type Material,
} from 'three';
import { assemble, grains, matte, part, seeded } from './kit';

/**
 * Shapes of packaged replicas (their print is painted with paint.ts): a small pillow packet
 * with crimped, saw-toothed end seals, granules spilled beside it, and flat pieces of paper
 * with perforated edges.
 */

export interface PacketOptions {
  width: number;
  height: number;
  /** Thickness at the fullest point. */
  depth: number;
  /** Height of each crimped end seal. */
  seal: number;
  /** Teeth along the cut edge of each seal. */
  teeth?: number;
  /** Random unevenness of the cut edges (0 = factory neat). */
  ragged?: number;
  seed?: number;
}

/**
 * A seal band: a flat strip with a saw-toothed outer edge; its UVs continue the packet's print
 * so the band shows the same artwork as the body.
 */
function sealGeometry(o: PacketOptions, top: boolean, front: boolean): BufferGeometry {
  const random = seeded((o.seed ?? 1) + (top ? 17 : 31));
  const teeth = o.teeth ?? 16;
  const ragged = o.ragged ?? 0;
  const w = o.width;
  const inner = top ? o.height / 2 - o.seal : -o.height / 2 + o.seal;
  const outer = top ? o.height / 2 : -o.height / 2;
  const tooth = 0.12;
  const shape = new Shape();
  shape.moveTo(-w / 2, inner);
  const edge: [number, number][] = [];
  for (let i = 0; i <= teeth * 2; i++) {
    const x = -w / 2 + (w * i) / (teeth * 2);
    const dip = i % 2 === 1 ? tooth : 0;
    const jitter = ragged * (random() - 0.3);
    edge.push([x, outer - (top ? 1 : -1) * (dip + jitter)]);
  }
  for (const [x, y] of edge) shape.lineTo(x, y);
  shape.lineTo(w / 2, inner);
  shape.closePath();
  const geometry = new ExtrudeGeometry(shape, { depth: 0.05, bevelEnabled: false });
  geometry.translate(0, 0, -0.025);
  const position = geometry.attributes['position']!;
  const uv = geometry.attributes['uv']!;
  for (let i = 0; i < position.count; i++) {
    const x = position.getX(i);
    const u = front ? x / w + 0.5 : 0.5 - x / w;
    uv.setXY(i, u, position.getY(i) / o.height + 0.5);
  }
  return geometry;
}

/**
 * A pillow packet standing upright, front to +z, bottom at y = 0, centred on x. The body swells
 * between two crimped seals; `front` and `back` are printed materials whose textures span
 * the whole packet (seals included), `edge` colours its thin sides.
 */
export function packet(
  name: string,
  o: PacketOptions,
  front: Material,
  back: Material,
  edge: Material,
) {
  const bodyHeight = o.height - 2 * o.seal + 0.1;
  const body = new BoxGeometry(o.width, bodyHeight, o.depth, 14, 16, 1);
  const position = body.attributes['position']!;
  const uv = body.attributes['uv']!;
  for (let i = 0; i < position.count; i++) {
    const x = position.getX(i);
    const y = position.getY(i);
    const u = x / o.width + 0.5;
    const v = y / bodyHeight + 0.5;
    const swell = Math.sin(Math.PI * u) ** 0.5 * Math.sin(Math.PI * v) ** 0.7;
    const z = position.getZ(i);
    position.setZ(i, z * swell);
    uv.setXY(i, z >= 0 ? u : 1 - u, y / o.height + 0.5);
  }
  body.computeVertexNormals();
  // BoxGeometry's groups: +x, −x, +y, −y, +z (front), −z (back)
  const bodyMesh = part(`${name} body`, body, [edge, edge, edge, edge, front, back]);
  const seals = [true, false].map((top) => {
    const geometry = sealGeometry(o, top, true);
    // ExtrudeGeometry's groups: 0 caps (front and back), 1 the cut sides
    return part(top ? 'top seal' : 'bottom seal', geometry, [front, edge]);
  });
  for (const mesh of [bodyMesh, ...seals]) mesh.position.y = o.height / 2;
  return assemble(name, bodyMesh, ...seals);
}

/** How far the packet's front bulges at (x, y) (bottom at y = 0): for placing annotations. */
export function frontZ(o: PacketOptions, x: number, y: number) {
  const bodyHeight = o.height - 2 * o.seal + 0.1;
  const u = Math.min(1, Math.max(0, x / o.width + 0.5));
  const v = Math.min(1, Math.max(0, (y - o.height / 2) / bodyHeight + 0.5));
  return Math.max(
    0.03,
    (o.depth / 2) * Math.sin(Math.PI * u) ** 0.5 * Math.sin(Math.PI * v) ** 0.7,
  );
}

/**
 * Granules spilled on the table in several colours: one instanced draw call, each grain
 * coloured through instance colours.
 */
export function colouredSpill(
  colours: string[],
  count: number,
  origin: [number, number, number],
  spread: number,
  size: number,
  seed: number,
) {
  const random = seeded(seed);
  const mesh = grains(
    'spilled granules',
    new IcosahedronGeometry(size, 0),
    matte('#ffffff', { roughness: 0.35 }),
    count,
    (_, dummy) => {
      const angle = random() * Math.PI * 2;
      const reach = Math.sqrt(random()) * spread;
      const s = 0.6 + random() * 0.8;
      dummy.position.set(
        origin[0] + Math.cos(angle) * reach,
        origin[1] + size * s * 0.6 + (random() < 0.15 ? size * 1.2 : 0),
        origin[2] + Math.sin(angle) * reach * 0.7,
      );
      dummy.rotation.set(random() * 3, random() * 3, random() * 3);
      dummy.scale.set(s, s * (0.6 + random() * 0.5), s);
    },
  );
  const colour = new Color();
  for (let i = 0; i < count; i++) mesh.setColorAt(i, colour.set(colours[i % colours.length]!));
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  return mesh;
}

/**
 * A flat piece of paper cut to `shape` (cm, in the x–y plane), `thickness` deep, front to +z.
 * Its print is mapped by position: the texture spans `area` ([x, y, width, height] in shape
 * units). Materials: front, cut edge, back (the back is not a mirror image of the print).
 */
export function paperPiece(
  name: string,
  shape: Shape,
  area: [number, number, number, number],
  thickness: number,
  front: Material,
  edge: Material,
  back: Material,
) {
  const geometry = new ExtrudeGeometry(shape, {
    depth: thickness,
    bevelEnabled: false,
    curveSegments: 4,
  });
  geometry.translate(0, 0, -thickness / 2);
  const position = geometry.attributes['position']!;
  const uv = geometry.attributes['uv']!;
  for (let i = 0; i < position.count; i++)
    uv.setXY(i, (position.getX(i) - area[0]) / area[2], (position.getY(i) - area[1]) / area[3]);
  // ExtrudeGeometry puts both lids in group 0, the back lid's triangles first: split them
  const lids = geometry.groups[0]!;
  const sides = geometry.groups[1]!;
  geometry.clearGroups();
  geometry.addGroup(lids.start, lids.count / 2, 2);
  geometry.addGroup(lids.start + lids.count / 2, lids.count / 2, 0);
  geometry.addGroup(sides.start, sides.count, 1);
  return part(name, geometry, [front, edge, back]);
}

/**
 * The outline of a perforated stamp edge: straight from `from` to `to` with semicircular bites
 * every `pitch` cm, cut towards the inside (to the left when walking the outline anticlockwise).
 */
export function perforatedEdge(
  shape: Shape,
  from: [number, number],
  to: [number, number],
  pitch: number,
  radius: number,
) {
  const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
  const n = Math.max(1, Math.round(length / pitch));
  const dx = (to[0] - from[0]) / length;
  const dy = (to[1] - from[1]) / length;
  // inward normal for an anticlockwise outline
  const nx = -dy;
  const ny = dx;
  for (let k = 1; k < n; k++) {
    const c = (k * length) / n;
    for (let s = 0; s <= 6; s++) {
      const a = Math.PI - (s / 6) * Math.PI;
      const along = c + Math.cos(a) * radius;
      const inward = Math.sin(a) * radius;
      shape.lineTo(from[0] + dx * along + nx * inward, from[1] + dy * along + ny * inward);
    }
  }
  shape.lineTo(to[0], to[1]);
}
