import { Path, Shape } from 'three';
import { assemble, matte, Pixels } from './kit';
import { polygon, smallPrint, stroke, text, textWidth } from './paint';
import { paperPiece, perforatedEdge } from './packet';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/postageStamp.json';

/** Two stamps still joined, each 3 × 4 cm, perforated all round and between them. */
const width = 6;
const height = 4;
const pitch = 0.22;
const bite = 0.075;

/** One stamp's design at x0: a landscape, “中国邮政 CHINA”, the value in a red box, a serial. */
function design(p: Pixels, x0: number) {
  const left = x0 + 22;
  const right = x0 + 234;
  p.rect(left, 22, right - left, 238, '#bfe3f2');
  p.circle(x0 + 190, 66, 20, '#ffd166');
  polygon(
    p,
    [
      [left, 190],
      [x0 + 70, 110],
      [x0 + 104, 150],
      [x0 + 150, 92],
      [x0 + 200, 160],
      [right, 130],
      [right, 260],
      [left, 260],
    ],
    '#7cc49a',
  );
  polygon(
    p,
    [
      [x0 + 70, 110],
      [x0 + 82, 125],
      [x0 + 68, 130],
      [x0 + 58, 124],
    ],
    '#ffffff',
  );
  polygon(
    p,
    [
      [x0 + 150, 92],
      [x0 + 164, 111],
      [x0 + 148, 116],
      [x0 + 137, 110],
    ],
    '#ffffff',
  );
  polygon(
    p,
    [
      [left, 222],
      [x0 + 120, 212],
      [right, 226],
      [right, 260],
      [left, 260],
    ],
    '#5fa8d6',
  );
  stroke(
    p,
    [
      [x0 + 60, 240],
      [x0 + 100, 238],
    ],
    3,
    '#ffffff',
  );
  stroke(
    p,
    [
      [x0 + 130, 246],
      [x0 + 176, 244],
    ],
    3,
    '#ffffff',
  );
  for (const [bx, by] of [
    [120, 70],
    [142, 58],
  ] as const)
    stroke(
      p,
      [
        [x0 + bx - 7, by - 4],
        [x0 + bx, by],
        [x0 + bx + 7, by - 4],
      ],
      2,
      '#23313f',
    );
  // country name, top left
  text(p, left + 8, 32, '中国邮政', 3, '#c8102e');
  text(p, left + 8, 60, 'CHINA', 2, '#c8102e');
  // the face value in a red box, bottom left, and the name and serial beside it
  p.rect(left, 268, 106, 36, '#e0574a');
  text(p, left + 53 - textWidth('1.20元', 3) / 2, 276, '1.20元', 3, '#ffffff');
  smallPrint(p, left + 116, 274, 90, 2, 10, '#9aa6b2', 3);
  text(p, left + 116, 298, '2026-5', 1, '#9aa6b2');
}

function print() {
  const p = new Pixels(512, 340, '#ffffff');
  design(p, 0);
  design(p, 256);
  return p.texture();
}

/** A stamp outline `w` wide with bites along every edge (and, for a pair, holes where they join). */
function outline(w: number, pair: boolean) {
  const s = new Shape();
  s.moveTo(0, 0);
  perforatedEdge(s, [0, 0], [w, 0], pitch, bite);
  perforatedEdge(s, [w, 0], [w, height], pitch, bite);
  perforatedEdge(s, [w, height], [0, height], pitch, bite);
  perforatedEdge(s, [0, height], [0, 0], pitch, bite);
  if (!pair) return s;
  const n = Math.round(height / pitch);
  for (let k = 1; k < n; k++) {
    const hole = new Path();
    hole.absarc(width / 2, (k * height) / n, bite * 0.9, 0, Math.PI * 2, true);
    s.holes.push(hole);
  }
  return s;
}

export const postageStamp: ModelDefinition = {
  id: 'postage-stamp',
  kind: 'ordinary',
  ...withWords(words, [
    { id: 'country', position: [-1.45, 3.45, 0.02] },
    { id: 'value', position: [-1.3, 0.62, 0.02] },
    { id: 'perforations', position: [0, 2, 0.02] },
    { id: 'gum', position: [1.6, 0.04, 2.6], normal: [0, 1, 0] },
  ]),
  entry: 'stamps',
  poster: 'postage-stamp',
  build: () => {
    const front = matte('#ffffff', { map: print(), roughness: 0.7 });
    const edge = matte('#f7f5ef', { roughness: 0.8 });
    const gum = matte('#f2ead2', { roughness: 0.3 });
    const area: [number, number, number, number] = [0, 0, width, height];
    const pair = paperPiece('stamp pair', outline(width, true), area, 0.02, front, edge, gum);
    pair.position.x = -width / 2;
    // a third stamp lies face down in front, showing its gummed back
    const single = paperPiece(
      'stamp, back up',
      outline(width / 2, false),
      area,
      0.02,
      front,
      edge,
      gum,
    );
    single.geometry.translate(-width / 4, -height / 2, 0);
    single.rotation.set(Math.PI / 2, 0, 0.35);
    single.position.set(1.6, 0.02, 2.6);
    return assemble('postage stamps', pair, single);
  },
};
