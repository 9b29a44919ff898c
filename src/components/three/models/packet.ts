import {
  BoxGeometry,
  Color,
  ExtrudeGeometry,
  IcosahedronGeometry,
  Shape,
  type BufferGeometry,
  type Material,
} from 'three';
import { assemble, grains, matte, part, seeded, type Pixels } from './kit';

/**
 * Shared pieces for packaged replicas: painting helpers for Pixels (polygons, thick lines,
 * block letters, barcodes) and a small pillow packet with crimped, saw-toothed end seals.
 */

// ---------------------------------------------------------------- painting

/** Fills a polygon (even-odd scanlines); points in texture pixels, y down. */
export function polygon(p: Pixels, points: [number, number][], colour: string) {
  const ys = points.map((q) => q[1]);
  const top = Math.max(0, Math.floor(Math.min(...ys)));
  const bottom = Math.min(p.height - 1, Math.ceil(Math.max(...ys)));
  for (let y = top; y <= bottom; y++) {
    const yc = y + 0.5;
    const xs: number[] = [];
    for (let i = 0; i < points.length; i++) {
      const [x0, y0] = points[i]!;
      const [x1, y1] = points[(i + 1) % points.length]!;
      if (y0 <= yc !== y1 <= yc) xs.push(x0 + ((yc - y0) / (y1 - y0)) * (x1 - x0));
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const from = Math.round(xs[k]!);
      const to = Math.round(xs[k + 1]!);
      if (to > from) p.rect(from, y, to - from, 1, colour);
    }
  }
}

/** A round-ended stroke through the points. */
export function stroke(p: Pixels, points: [number, number][], width: number, colour: string) {
  for (let i = 0; i + 1 < points.length; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[i + 1]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / Math.max(1, width / 3)));
    for (let s = 0; s <= steps; s++)
      p.circle(x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps, width / 2, colour);
  }
}

/** A wave stroke from x0 to x1 around y (a logo swash). */
export function wave(
  p: Pixels,
  x0: number,
  x1: number,
  y: number,
  amplitude: number,
  cycles: number,
  width: number,
  colour: string,
) {
  const points: [number, number][] = [];
  for (let i = 0; i <= 40; i++) {
    const t = i / 40;
    points.push([x0 + (x1 - x0) * t, y - amplitude * Math.sin(t * cycles * Math.PI * 2)]);
  }
  stroke(p, points, width, colour);
}

/** A star or starburst polygon. */
export function star(
  p: Pixels,
  cx: number,
  cy: number,
  outer: number,
  inner: number,
  spikes: number,
  colour: string,
  turn = 0,
) {
  const points: [number, number][] = [];
  for (let i = 0; i < spikes * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = turn + (i * Math.PI) / spikes - Math.PI / 2;
    points.push([cx + Math.cos(a) * r, cy + Math.sin(a) * r]);
  }
  polygon(p, points, colour);
}

/** A filled ellipse. */
export function ellipse(p: Pixels, cx: number, cy: number, rx: number, ry: number, colour: string) {
  const points: [number, number][] = [];
  for (let i = 0; i < 48; i++) {
    const a = (i / 48) * Math.PI * 2;
    points.push([cx + Math.cos(a) * rx, cy + Math.sin(a) * ry]);
  }
  polygon(p, points, colour);
}

// 5 × 7 block letters (CJK 7 × 7): no fonts or canvas exist in Node, so print is drawn from these
const font: Record<string, string[]> = {
  A: ['.###.', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  B: ['####.', '#...#', '#...#', '####.', '#...#', '#...#', '####.'],
  C: ['.####', '#....', '#....', '#....', '#....', '#....', '.####'],
  D: ['####.', '#...#', '#...#', '#...#', '#...#', '#...#', '####.'],
  E: ['#####', '#....', '#....', '####.', '#....', '#....', '#####'],
  F: ['#####', '#....', '#....', '####.', '#....', '#....', '#....'],
  G: ['.####', '#....', '#....', '#.###', '#...#', '#...#', '.###.'],
  H: ['#...#', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  I: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '#####'],
  J: ['..###', '...#.', '...#.', '...#.', '...#.', '#..#.', '.##..'],
  K: ['#...#', '#..#.', '#.#..', '##...', '#.#..', '#..#.', '#...#'],
  L: ['#....', '#....', '#....', '#....', '#....', '#....', '#####'],
  M: ['#...#', '##.##', '#.#.#', '#.#.#', '#...#', '#...#', '#...#'],
  N: ['#...#', '##..#', '#.#.#', '#..##', '#...#', '#...#', '#...#'],
  O: ['.###.', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  Q: ['.###.', '#...#', '#...#', '#...#', '#.#.#', '#..#.', '.##.#'],
  R: ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
  T: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
  U: ['#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  V: ['#...#', '#...#', '#...#', '#...#', '#...#', '.#.#.', '..#..'],
  W: ['#...#', '#...#', '#...#', '#.#.#', '#.#.#', '##.##', '#...#'],
  X: ['#...#', '#...#', '.#.#.', '..#..', '.#.#.', '#...#', '#...#'],
  Y: ['#...#', '#...#', '.#.#.', '..#..', '..#..', '..#..', '..#..'],
  Z: ['#####', '....#', '...#.', '..#..', '.#...', '#....', '#####'],
  '0': ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.'],
  '1': ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  '2': ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
  '3': ['####.', '....#', '....#', '.###.', '....#', '....#', '####.'],
  '4': ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
  '5': ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
  '6': ['.###.', '#....', '#....', '####.', '#...#', '#...#', '.###.'],
  '7': ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
  '8': ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  '9': ['.###.', '#...#', '#...#', '.####', '....#', '....#', '.###.'],
  '.': ['.....', '.....', '.....', '.....', '.....', '.##..', '.##..'],
  ',': ['.....', '.....', '.....', '.....', '.##..', '..#..', '.#...'],
  '-': ['.....', '.....', '.....', '#####', '.....', '.....', '.....'],
  ':': ['.....', '.##..', '.##..', '.....', '.##..', '.##..', '.....'],
  '/': ['....#', '....#', '...#.', '..#..', '.#...', '#....', '#....'],
  '%': ['##..#', '##..#', '...#.', '..#..', '.#...', '#..##', '#..##'],
  '¥': ['#...#', '.#.#.', '..#..', '#####', '..#..', '#####', '..#..'],
  ' ': ['.....', '.....', '.....', '.....', '.....', '.....', '.....'],
  中: ['...#...', '#######', '#..#..#', '#..#..#', '#######', '...#...', '...#...'],
  国: ['#######', '#.###.#', '#..#..#', '#.###.#', '#..##.#', '#.###.#', '#######'],
  邮: ['..#.##.', '####.#.', '#.#.##.', '####.#.', '#.#..#.', '####.#.', '....##.'],
  政: ['###.#..', '.#..###', '.#.#..#', '.##.#.#', '.#...#.', '.##.#.#', '###...#'],
  元: ['.#####.', '.......', '#######', '..#.#..', '..#.#..', '.#..#.#', '#...###'],
  分: ['..#.#..', '.#...#.', '#.....#', '.#####.', '...#..#', '..#...#', '.#..##.'],
};

/** Width in pixels of `text` printed with `cell`-pixel blocks. */
export function textWidth(text: string, cell: number) {
  let width = 0;
  for (const ch of text) width += ((font[ch]?.[0]!.length ?? 5) + 1) * cell;
  return width - cell;
}

/** Prints block letters with their top-left corner at (x, y). */
export function text(p: Pixels, x: number, y: number, value: string, cell: number, colour: string) {
  // whole pixels only: Pixels.rect writes bytes at fractional offsets otherwise
  let cursor = Math.round(x);
  y = Math.round(y);
  for (const ch of value.toUpperCase()) {
    const glyph = font[ch] ?? font[' ']!;
    glyph.forEach((row, j) => {
      for (let i = 0; i < row.length; i++)
        if (row[i] === '#') p.rect(cursor + i * cell, y + j * cell, cell, cell, colour);
    });
    cursor += (glyph[0]!.length + 1) * cell;
  }
}

/** Grey lines standing for small print. */
export function smallPrint(
  p: Pixels,
  x: number,
  y: number,
  width: number,
  lines: number,
  gap: number,
  colour: string,
  seed = 1,
) {
  const random = seeded(seed);
  for (let i = 0; i < lines; i++) {
    const w = Math.round(width * (i === lines - 1 ? 0.45 : 0.7 + random() * 0.3));
    p.rect(x, y + i * gap, w, Math.max(1, Math.round(gap * 0.45)), colour);
  }
}

/** An EAN-style barcode on a white patch, with digits under it. */
export function barcode(p: Pixels, x: number, y: number, w: number, h: number, seed = 3) {
  const random = seeded(seed);
  [x, y, w, h] = [x, y, w, h].map(Math.round) as [number, number, number, number];
  p.rect(x, y, w, h, '#ffffff');
  const pad = Math.max(2, Math.round(w * 0.08));
  const digitsHeight = Math.max(5, Math.round(h * 0.2));
  let cursor = x + pad;
  let dark = true;
  while (cursor < x + w - pad) {
    const bar = 1 + Math.floor(random() * 3) * Math.max(1, Math.round(w / 70));
    const guard = cursor - x < pad + 4 || x + w - pad - cursor < 5;
    const length = h - pad - digitsHeight - (guard ? 0 : 3);
    if (dark) p.rect(cursor, y + pad, Math.min(bar, x + w - pad - cursor), length, '#111111');
    cursor += bar;
    dark = !dark;
  }
  const cell = Math.max(1, Math.floor(digitsHeight / 7));
  const digits = '6901234567892'.slice(0, Math.floor((w - pad * 2) / (cell * 6)));
  text(p, x + pad, y + h - cell * 7 - 1, digits, cell, '#111111');
}

/** A green-framed “SC” licence box followed by the number's digits. */
export function licence(p: Pixels, x: number, y: number, cell: number, colour = '#0b6e4f') {
  text(p, x, y, 'SC10644011201234', cell, colour);
}

/** Vertical crimp ridges across a seal band (in texture pixels). */
export function crimp(p: Pixels, y: number, h: number, pitch: number, colour: string) {
  for (let x = 0; x < p.width; x += pitch) p.rect(x, y, Math.max(1, pitch >> 1), h, colour);
}

// ---------------------------------------------------------------- packet

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

/** A smiling mouth: the lower half of a circle as a stroke. */
export function smile(p: Pixels, cx: number, cy: number, r: number, width: number, colour: string) {
  const points: [number, number][] = [];
  for (let i = 0; i <= 16; i++) {
    const a = Math.PI * (0.1 + (0.8 * i) / 16);
    points.push([cx + Math.cos(a) * r, cy - r * 0.3 + Math.sin(a) * r * 0.8]);
  }
  stroke(p, points, width, colour);
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
