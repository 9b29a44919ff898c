import { BoxGeometry, ExtrudeGeometry, Shape, type Material, type Object3D } from 'three';
import { assemble, grains, matte, part, Pixels, seeded } from './kit';
import { barcode, ellipse, licence, polygon, smallPrint, text, textWidth, wave } from './paint';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/chocolateOrdinary.json';

/**
 * A 100 g chocolate bar standing on its long edge, front (+z) up to the viewer: 15 × 7.2 cm of
 * chocolate moulded in 6 × 3 blocks, the left end unwrapped.
 */
export const bar = { width: 15, height: 7.2, base: 0.45, lift: 0.2 } as const;

/** A moulded block: a rounded square with bevelled sides. */
export function blockGeometry(w: number, h: number) {
  const r = 0.18;
  const s = new Shape();
  s.moveTo(-w / 2 + r, -h / 2);
  s.lineTo(w / 2 - r, -h / 2);
  s.quadraticCurveTo(w / 2, -h / 2, w / 2, -h / 2 + r);
  s.lineTo(w / 2, h / 2 - r);
  s.quadraticCurveTo(w / 2, h / 2, w / 2 - r, h / 2);
  s.lineTo(-w / 2 + r, h / 2);
  s.quadraticCurveTo(-w / 2, h / 2, -w / 2, h / 2 - r);
  s.lineTo(-w / 2, -h / 2 + r);
  s.quadraticCurveTo(-w / 2, -h / 2, -w / 2 + r, -h / 2);
  const g = new ExtrudeGeometry(s, {
    depth: 0.2,
    bevelEnabled: true,
    bevelThickness: 0.12,
    bevelSize: 0.16,
    bevelSegments: 2,
    curveSegments: 2,
  });
  g.translate(0, 0, -0.2);
  return g;
}

/**
 * The chocolate itself: a thin base slab (x from −width/2 to `to`) and the blocks on its front.
 * `place` may move, turn or scale each block (the rough fake); return false to leave one out.
 */
export function chocolate(
  material: Material,
  to: number,
  place: (column: number, row: number, dummy: Object3D) => boolean | void,
) {
  const length = to + bar.width / 2;
  const slab = part('slab', new BoxGeometry(length, bar.height, bar.base), material);
  slab.position.set(-bar.width / 2 + length / 2, bar.lift + bar.height / 2, -0.3);
  const cell = bar.width / 6;
  const rowHeight = bar.height / 3;
  const columns = Math.min(6, Math.ceil(length / cell));
  const cells: [number, number][] = [];
  for (let c = 0; c < columns; c++) for (let r = 0; r < 3; r++) cells.push([c, r]);
  const blocks = grains(
    'blocks',
    blockGeometry(cell - 0.3, rowHeight - 0.3),
    material,
    cells.length,
    (i, dummy) => {
      const [c, r] = cells[i]!;
      dummy.position.set(-bar.width / 2 + cell * (c + 0.5), bar.lift + rowHeight * (r + 0.5), 0.2);
      if (place(c, r, dummy) === false) dummy.scale.setScalar(0.0001);
    },
  );
  return assemble('chocolate', slab, blocks);
}

/** The paper wrapper's front: red, gold diagonal band, logo oval, weight, barcode, licence. */
function wrapperFront() {
  const p = new Pixels(512, 384, '#c8393b');
  p.rect(0, 0, 512, 22, '#e25c5e');
  polygon(
    p,
    [
      [0, 300],
      [512, 110],
      [512, 170],
      [0, 360],
    ],
    '#e7b44c',
  );
  ellipse(p, 250, 140, 150, 66, '#23313f');
  ellipse(p, 250, 140, 146, 62, '#ffffff');
  const brand = 'COCORA';
  text(p, 250 - textWidth(brand, 7) / 2, 100, brand, 7, '#6b3b24');
  wave(p, 140, 360, 174, 7, 1.5, 8, '#6b3b24');
  text(p, 40, 232, 'MILK CHOCOLATE', 3, '#ffffff');
  text(p, 40, 200, '100G', 4, '#ffffff');
  // ends of the paper folded under: darker creases
  p.rect(500, 0, 12, 384, '#a82d2f');
  // barcode and licence in a white box
  p.rect(330, 262, 160, 100, '#ffffff');
  barcode(p, 338, 268, 144, 60, 21);
  licence(p, 340, 336, 1);
  smallPrint(p, 340, 346, 140, 2, 6, '#8d99a6', 9);
  return p.texture();
}

/** The back: ingredients, nutrition table, maker and importer, dates, licence. */
function wrapperBack() {
  const p = new Pixels(512, 384, '#c8393b');
  p.rect(30, 30, 452, 324, '#fff7ef');
  text(p, 46, 44, 'COCORA', 4, '#6b3b24');
  smallPrint(p, 46, 84, 250, 8, 10, '#6b7785', 31);
  for (let i = 0; i < 6; i++) p.rect(320, 84 + i * 18, 146, 2, '#8d99a6');
  p.rect(320, 84, 2, 92, '#8d99a6');
  p.rect(464, 84, 2, 92, '#8d99a6');
  smallPrint(p, 46, 180, 420, 6, 10, '#6b7785', 32);
  licence(p, 46, 252, 2);
  barcode(p, 300, 250, 170, 90, 22);
  return p.texture();
}

/**
 * Silver foil sticking out of the wrapper, torn in a zigzag at its open end and slightly
 * crumpled; `tear` sets how ragged the torn edge is.
 */
export function foil(from: number, to: number, tear: number, crumple: number, seed: number) {
  const width = to - from;
  const g = new BoxGeometry(width, bar.height + 0.3, 1.02, 6, 30, 3);
  const random = seeded(seed);
  const teeth = Array.from({ length: 31 }, () => random());
  const position = g.attributes['position']!;
  for (let i = 0; i < position.count; i++) {
    const x = position.getX(i);
    const y = position.getY(i);
    const z = position.getZ(i);
    const t = (y / (bar.height + 0.3) + 0.5) * 30;
    const tooth = teeth[Math.round(t)]! * tear + Math.abs(((t % 2) + 2) % 2) * 0.12;
    // left end torn, the rest crumpled by a smooth function of position so faces stay joined
    const k = (x + width / 2) / width;
    const nx = x + (1 - k) * tooth;
    const bump = crumple * Math.sin(y * 5.1 + z * 3) * Math.sin(x * 7.3 + y * 2.1);
    position.setXYZ(i, nx, y, z + (z > 0 ? bump : -bump) + 0);
  }
  g.computeVertexNormals();
  const mesh = part('foil', g, matte('#d5dce3', { roughness: 0.28, metalness: 0.45 }));
  mesh.position.set(from + width / 2, bar.lift + bar.height / 2, -0.06);
  return mesh;
}

export const chocolateOrdinary: ModelDefinition = {
  id: 'chocolate-ordinary',
  kind: 'ordinary',
  ...withWords(words, [
    { id: 'brand', position: [2.3, 5.3, 0.58] },
    { id: 'licence', position: [5.3, 1.8, 0.58] },
    { id: 'label', position: [2.5, 4, -0.58], normal: [0, 0, -1] },
    { id: 'blocks', position: [-6.25, 3.8, 0.45] },
  ]),
  entry: 'chocolate',
  poster: 'chocolate',
  build: () => {
    const brown = matte('#54301c', { roughness: 0.4 });
    const choc = chocolate(brown, -2.2, () => {});
    const wrapperFrom = -2.5;
    const wrapperTo = bar.width / 2 + 0.1;
    const red = matte('#b8322f', { roughness: 0.5 });
    const wrapper = part(
      'wrapper',
      new BoxGeometry(wrapperTo - wrapperFrom, bar.height + 0.4, 1.16),
      [
        red,
        red,
        red,
        red,
        matte('#ffffff', { map: wrapperFront(), roughness: 0.4 }),
        matte('#ffffff', { map: wrapperBack(), roughness: 0.4 }),
      ],
    );
    wrapper.position.set((wrapperFrom + wrapperTo) / 2, bar.lift + bar.height / 2, -0.02);
    return assemble('ordinary chocolate bar', choc, foil(-3.5, -2.3, 0.25, 0.02, 3), wrapper);
  },
};
