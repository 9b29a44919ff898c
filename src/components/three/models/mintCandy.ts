import { ExtrudeGeometry, PlaneGeometry, Shape } from 'three';
import { assemble, matte, part, Pixels, seeded } from './kit';
import { foodLabel, glyph, type Glyph, textLines } from './paint';
import { tabletGeometry, tabletMaterial, tablets } from './tablets';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/mintCandy.json';

const tin = { width: 9.5, depth: 6, height: 1.8, corner: 1.1 };

function roundedRect(width: number, depth: number, corner: number) {
  const shape = new Shape();
  const x = width / 2;
  const y = depth / 2;
  shape.moveTo(-x + corner, -y);
  shape.lineTo(x - corner, -y);
  shape.quadraticCurveTo(x, -y, x, -y + corner);
  shape.lineTo(x, y - corner);
  shape.quadraticCurveTo(x, y, x - corner, y);
  shape.lineTo(-x + corner, y);
  shape.quadraticCurveTo(-x, y, -x, y - corner);
  shape.lineTo(-x, -y + corner);
  shape.quadraticCurveTo(-x, -y, -x + corner, -y);
  return shape;
}

/** An extruded outline stood up on the table (+y), with uv spread over its outline's box. */
function stood(geometry: ExtrudeGeometry, width: number, depth: number) {
  geometry.rotateX(-Math.PI / 2);
  const position = geometry.attributes['position']!;
  const uv = geometry.attributes['uv']!;
  for (let i = 0; i < position.count; i++)
    uv.setXY(i, position.getX(i) / width + 0.5, 0.5 - position.getZ(i) / depth);
  return geometry;
}

const letters: Record<string, Glyph> = {
  M: [
    [
      [0, 1],
      [0, 0],
      [0.5, 0.6],
      [1, 0],
      [1, 1],
    ],
  ],
  I: [
    [
      [0.5, 0],
      [0.5, 1],
    ],
  ],
  N: [
    [
      [0, 1],
      [0, 0],
      [1, 1],
      [1, 0],
    ],
  ],
  T: [
    [
      [0, 0],
      [1, 0],
    ],
    [
      [0.5, 0],
      [0.5, 1],
    ],
  ],
};

/** The lid: brand name on a white oval, a mint leaf, a flavour band and the net weight. */
function lidPrint() {
  const p = new Pixels(256, 162, '#5cbf98');
  p.rect(0, 118, 256, 22, '#2f8f6a');
  for (let x = 40; x < 216; x++) {
    const half = 44 * Math.sqrt(1 - ((x - 128) / 88) ** 2);
    p.rect(x, Math.round(66 - half), 1, Math.round(half * 2), '#ffffff');
  }
  'MINT'
    .split('')
    .forEach((letter, k) => glyph(p, letters[letter]!, 72 + k * 30, 50, 24, 6, '#2f8f6a'));
  for (let k = 0; k < 14; k++) {
    const t = k / 13;
    const half = 9 * Math.sin(Math.PI * t);
    p.rect(
      Math.round(98 + t * 60),
      Math.round(92 - half / 2),
      2,
      Math.max(2, Math.round(half)),
      '#52c17a',
    );
  }
  textLines(p, 60, 126, 140, 1, '#ffffff', 8, 5);
  p.rect(200, 10, 46, 14, '#ffffff');
  return p.texture();
}

/** The sticker on the front of the tin: ingredients, maker, barcode and SC number. */
function stickerPrint() {
  const p = new Pixels(256, 64, '#ffffff');
  foodLabel(p, 0, 0, 256, 64, 12);
  return p.texture();
}

export const mintCandy: ModelDefinition = {
  id: 'mint-candy',
  kind: 'ordinary',
  ...withWords(words, [
    { id: 'brand', position: [-0.5, 0.55, -5.3], normal: [0, 1, 0.2] },
    { id: 'label', position: [1.5, 0.9, 3.02] },
    { id: 'mints', position: [-2.2, 1.3, 0.6], normal: [0, 1, 0.3] },
  ]),
  entry: 'mdma',
  poster: 'mint-candy',
  build: () => {
    const metal = matte('#5cbf98', { roughness: 0.35, metalness: 0.25 });
    const inner = matte('#d9dde0', { roughness: 0.4, metalness: 0.3 });
    const outline = roundedRect(tin.width, tin.depth, tin.corner);
    const wall = roundedRect(tin.width, tin.depth, tin.corner);
    wall.holes.push(roundedRect(tin.width - 0.16, tin.depth - 0.16, tin.corner - 0.08));
    const walls = part(
      'tin walls',
      stood(
        new ExtrudeGeometry(wall, { depth: tin.height, bevelEnabled: false, curveSegments: 6 }),
        tin.width,
        tin.depth,
      ),
      metal,
    );
    const floor = part(
      'tin floor',
      stood(
        new ExtrudeGeometry(outline, { depth: 0.12, bevelEnabled: false, curveSegments: 6 }),
        tin.width,
        tin.depth,
      ),
      inner,
    );
    const lidShape = roundedRect(tin.width + 0.12, tin.depth + 0.12, tin.corner + 0.06);
    const lidGeometry = stood(
      new ExtrudeGeometry(lidShape, {
        depth: 0.35,
        bevelEnabled: true,
        bevelThickness: 0.08,
        bevelSize: 0.08,
        bevelSegments: 2,
        curveSegments: 6,
      }),
      tin.width + 0.12,
      tin.depth + 0.12,
    );
    const lid = part('lid', lidGeometry, [
      matte('#ffffff', { map: lidPrint(), roughness: 0.35, metalness: 0.1 }),
      metal,
    ]);
    lid.position.set(0, 0.08, -tin.depth - 0.9);
    const sticker = part(
      'label sticker',
      new PlaneGeometry(7, 1.3),
      matte('#ffffff', { map: stickerPrint(), roughness: 0.6 }),
    );
    sticker.position.set(0, 0.9, tin.depth / 2 + 0.005);
    const random = seeded(91);
    const mints = tablets(
      'mints',
      tabletGeometry(1.5, 0.5, 0.3, 18),
      tabletMaterial(undefined, 0.55),
      19,
      (i, dummy) => {
        if (i >= 18) {
          dummy.position.set(tin.width / 2 + 1.4, 0, 1.6);
          return;
        }
        const col = i % 6;
        const row = Math.floor(i / 6);
        dummy.position.set(
          -3.85 + col * 1.54 + (random() - 0.5) * 0.08,
          0.12 + (row === 1 ? 0.02 : 0),
          -1.7 + row * 1.62 + (random() - 0.5) * 0.1,
        );
        dummy.rotation.set((random() - 0.5) * 0.1, 0, (random() - 0.5) * 0.1);
      },
      () => '#f7f7f2',
    );
    return assemble('mints in their tin', walls, floor, lid, sticker, mints);
  },
};
