import { seeded, type Pixels } from './kit';

/**
 * The pixel-drawing kit for packaging print: shapes, strokes and stroked glyphs, 5×7 block
 * letters, small print, barcodes, licence numbers, food labels, and clear windows and crimps in
 * printed film. Everything paints into a Pixels buffer, so a model's print is the same in the
 * browser and in a Node test, where there are no fonts and no canvas.
 */

// ---------------------------------------------------------------- shapes and strokes

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

/** A filled ellipse. */
export function ellipse(p: Pixels, cx: number, cy: number, rx: number, ry: number, colour: string) {
  const points: [number, number][] = [];
  for (let i = 0; i < 48; i++) {
    const a = (i / 48) * Math.PI * 2;
    points.push([cx + Math.cos(a) * rx, cy + Math.sin(a) * ry]);
  }
  polygon(p, points, colour);
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

/** A smiling mouth: the lower half of a circle as a stroke. */
export function smile(p: Pixels, cx: number, cy: number, r: number, width: number, colour: string) {
  const points: [number, number][] = [];
  for (let i = 0; i <= 16; i++) {
    const a = Math.PI * (0.1 + (0.8 * i) / 16);
    points.push([cx + Math.cos(a) * r, cy - r * 0.3 + Math.sin(a) * r * 0.8]);
  }
  stroke(p, points, width, colour);
}

/** Strokes drawn in a unit box, scaled to `size` pixels at (x, y): simple letters and marks. */
export type Glyph = [number, number][][];

/** Draws a glyph with its unit box at (x, y), `size` pixels wide, in strokes `width` pixels thick. */
export function glyph(
  p: Pixels,
  strokes: Glyph,
  x: number,
  y: number,
  size: number,
  width: number,
  colour: string,
) {
  for (const line of strokes)
    stroke(
      p,
      line.map(([u, v]) => [x + u * size, y + v * size] as [number, number]),
      width,
      colour,
    );
}

// ---------------------------------------------------------------- lettering

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

// ---------------------------------------------------------------- print

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

/** Grey bars standing in for lines of small print. */
export function textLines(
  p: Pixels,
  x: number,
  y: number,
  width: number,
  lines: number,
  colour = '#8a8a8a',
  step = 10,
  seed = 1,
) {
  const random = seeded(seed);
  for (let line = 0; line < lines; line++) {
    let cursor = x;
    const end = x + width * (line === lines - 1 ? 0.55 : 0.85 + random() * 0.15);
    while (cursor < end - 4) {
      const word = 6 + Math.floor(random() * 16);
      p.rect(
        cursor,
        y + line * step,
        Math.min(word, end - cursor),
        Math.max(2, step / 2 - 1),
        colour,
      );
      cursor += word + 3;
    }
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

/**
 * A plain barcode on a white patch, its digits drawn as grey blocks: for a label too small to
 * print them (the EAN-style `barcode` prints real digits).
 */
export function plainBarcode(
  p: Pixels,
  x: number,
  y: number,
  width: number,
  height: number,
  seed = 2,
) {
  const random = seeded(seed);
  p.rect(x - 3, y - 3, width + 6, height + 14, '#ffffff');
  let cursor = x;
  while (cursor < x + width - 2) {
    const bar = 1 + Math.floor(random() * 3);
    p.rect(cursor, y, bar, height, '#111111');
    cursor += bar + 1 + Math.floor(random() * 3);
  }
  for (let digit = 0; digit < 12; digit++)
    p.rect(x + digit * (width / 12), y + height + 3, Math.max(2, width / 12 - 2), 5, '#333333');
}

/** A food production licence number (“SC” and 14 digits) in block letters. */
export function licence(p: Pixels, x: number, y: number, cell: number, colour = '#0b6e4f') {
  text(p, x, y, 'SC10644011201234', cell, colour);
}

/**
 * The back-of-pack label of a genuine food: ingredients and maker in small print, a barcode
 * and a green-framed production licence (SC) number.
 */
export function foodLabel(
  p: Pixels,
  x: number,
  y: number,
  width: number,
  height: number,
  seed = 3,
) {
  p.rect(x, y, width, height, '#ffffff');
  p.rect(x, y, width, 3, '#5a5a5a');
  const column = Math.floor(width * 0.55);
  textLines(
    p,
    x + 6,
    y + 10,
    column,
    Math.max(2, Math.floor((height - 34) / 10)),
    '#7a7a7a',
    10,
    seed,
  );
  const code = Math.min(width - column - 16, 70);
  plainBarcode(p, x + column + 10, y + 10, code, Math.min(height * 0.45, 40), seed + 1);
  p.rect(x + 6, y + height - 20, column - 6, 14, '#0b6e4f');
  p.rect(x + 9, y + height - 17, 14, 8, '#ffffff');
  p.rect(x + 27, y + height - 17, column - 34, 8, '#cfe8dc');
}

// ---------------------------------------------------------------- film

/** Makes a rectangle of a texture see-through (alpha 0–255): a clear window in printed film. */
export function clearWindow(
  p: Pixels,
  x: number,
  y: number,
  width: number,
  height: number,
  alpha: number,
) {
  for (let j = Math.max(0, y); j < Math.min(p.height, y + height); j++)
    for (let i = Math.max(0, x); i < Math.min(p.width, x + width); i++)
      p.data[((p.height - 1 - j) * p.width + i) * 4 + 3] = alpha;
}

/** Vertical crimp ridges across a seal band (in texture pixels). */
export function crimp(p: Pixels, y: number, h: number, pitch: number, colour: string) {
  for (let x = 0; x < p.width; x += pitch) p.rect(x, y, Math.max(1, pitch >> 1), h, colour);
}

/** A packet face's two seal bands, h pixels deep at its top and its bottom, crimped. */
export function crimpedEnds(p: Pixels, h: number, pitch: number, colour: string) {
  crimp(p, 0, h, pitch, colour);
  crimp(p, p.height - h, h, pitch, colour);
}
