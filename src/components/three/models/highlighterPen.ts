import { BoxGeometry, CylinderGeometry, LatheGeometry, Vector2, type Material } from 'three';
import { assemble, matte, part, Pixels } from './kit';
import { barcode, smallPrint, text, textWidth, wave } from './paint';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/highlighterPen.json';

/** Pens lie along x on the table; their axis runs at this height (cm). */
export const axis = 0.8;

/**
 * A turned part round the pen's axis: `profile` is [x, radius] pairs from one end to the other.
 * `flatten` squeezes it front to back (a mouthpiece).
 */
export function turned(
  name: string,
  profile: [number, number][],
  material: Material,
  flatten = 1,
  segments = 32,
) {
  const geometry = new LatheGeometry(
    profile.map(([x, r]) => new Vector2(Math.max(0.001, r), x)),
    segments,
  );
  geometry.rotateZ(-Math.PI / 2);
  geometry.scale(1, 1, flatten);
  geometry.translate(0, axis, 0);
  return part(name, geometry, material);
}

/**
 * The printed barrel between `from` and `to`: an open tube whose texture runs left to right
 * along the pen, with the texture's middle row facing the viewer (+z) and its top row on top.
 */
export function barrel(name: string, radius: number, from: number, to: number, material: Material) {
  const geometry = new CylinderGeometry(radius, radius, to - from, 48, 1, true, -Math.PI);
  const uv = geometry.attributes['uv']!;
  for (let i = 0; i < uv.count; i++) uv.setXY(i, uv.getY(i), 1 - uv.getX(i));
  geometry.rotateZ(-Math.PI / 2);
  geometry.translate((from + to) / 2, axis, 0);
  return part(name, geometry, material);
}

/** A pocket clip along the top of a cap, from x0 to x1, with a rounded bump at its end. */
function clip(x0: number, x1: number, radius: number, material: Material) {
  const geometry = new BoxGeometry(x1 - x0, 0.14, 0.36, 8, 1, 1);
  const position = geometry.attributes['position']!;
  for (let i = 0; i < position.count; i++) {
    const t = (position.getX(i) + (x1 - x0) / 2) / (x1 - x0);
    // the clip stands off the cap towards its free end
    position.setY(i, position.getY(i) + 0.12 * t + (t > 0.85 ? 0.06 : 0));
  }
  geometry.computeVertexNormals();
  geometry.translate((x0 + x1) / 2, axis + radius + 0.02, 0);
  return part('clip', geometry, material);
}

/**
 * The cap pushed onto the back of the barrel (x 2.4 to 5.8), with its clip: the vape disguised
 * as a highlighter copies it exactly.
 */
export function penCap(name: string, material: Material) {
  const cap = turned(
    name,
    [
      [2.4, 0.01],
      [2.4, 0.9],
      [5.3, 0.92],
      [5.6, 0.85],
      [5.75, 0.6],
      [5.8, 0.01],
    ],
    material,
  );
  return [cap, clip(3.0, 5.3, 0.92, material)];
}

/** The barrel's print: a white label with the brand, colour name, maker, standard and barcode. */
function print() {
  const p = new Pixels(512, 256, '#ffd93b');
  // the label faces the viewer and wraps over the top (row 64 is the top, row 128 the front)
  p.rect(70, 62, 360, 112, '#ffffff');
  const brand = 'BRIGHTA';
  text(p, 86, 78, brand, 4, '#f0a202');
  wave(p, 86, 86 + textWidth(brand, 4), 118, 4, 1.5, 5, '#f0a202');
  text(p, 290, 80, 'YELLOW', 3, '#23313f');
  smallPrint(p, 290, 108, 120, 3, 8, '#8d99a6', 61);
  text(p, 86, 140, 'GB21027', 2, '#23313f');
  barcode(p, 300, 132, 110, 38, 62);
  return p.texture();
}

export const highlighterPen: ModelDefinition = {
  id: 'highlighter-pen',
  kind: 'ordinary',
  ...withWords(words, [
    { id: 'tip', position: [-6.55, axis + 0.1, 0], normal: [-0.7, 0.2, 0.7] },
    { id: 'label', position: [-0.5, axis + 0.1, 0.8], normal: [0, 0.2, 1] },
    { id: 'cap', position: [4.6, axis + 1.05, 0.1], normal: [0, 1, 0.3] },
  ]),
  entry: 'headrush-vape',
  poster: 'highlighter-pen',
  build: () => {
    const yellow = matte('#ffd93b', { roughness: 0.45 });
    const capColour = matte('#f5b800', { roughness: 0.4 });
    const grey = matte('#e9ecef', { roughness: 0.5 });
    const ink = matte('#ffe23a', { roughness: 0.9 });
    const body = barrel(
      'barrel',
      0.8,
      -5.0,
      3.0,
      matte('#ffffff', { map: print(), roughness: 0.4 }),
    );
    const back = turned(
      'barrel end',
      [
        [2.9, 0.8],
        [3.0, 0.8],
        [3.0, 0.01],
      ],
      yellow,
    );
    const holder = turned(
      'tip holder',
      [
        [-5.0, 0.01],
        [-5.0, 0.8],
        [-5.15, 0.78],
        [-5.6, 0.5],
        [-5.85, 0.34],
        [-5.85, 0.01],
      ],
      grey,
    );
    // the felt tip, cut at a slant (a chisel)
    const chisel = new BoxGeometry(0.6, 0.46, 0.24, 2, 2, 1);
    const position = chisel.attributes['position']!;
    for (let i = 0; i < position.count; i++)
      if (position.getX(i) < 0) position.setX(i, position.getX(i) + position.getY(i) * 0.45);
    chisel.computeVertexNormals();
    chisel.translate(-6.05, axis, 0);
    const tip = part('felt tip', chisel, ink);
    return assemble('highlighter', body, back, holder, tip, ...penCap('cap', capColour));
  },
};
