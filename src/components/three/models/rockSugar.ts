import { assemble, glassy, Pixels } from './kit';
import { clearWindow, foodLabel, glyph, textLines, type Glyph } from './paint';
import { bagHeight, crystals, printedBag } from './powder';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/rockSugar.json';

/** 冰 and 糖, simplified to a few strokes. */
const bingTang: [Glyph, Glyph] = [
  [
    [
      [0.06, 0.28],
      [0.16, 0.4],
    ],
    [
      [0.04, 0.8],
      [0.2, 0.58],
    ],
    [
      [0.58, 0.05],
      [0.58, 0.95],
      [0.48, 0.88],
    ],
    [
      [0.3, 0.35],
      [0.46, 0.35],
      [0.3, 0.72],
    ],
    [
      [0.86, 0.24],
      [0.64, 0.46],
    ],
    [
      [0.64, 0.46],
      [0.94, 0.9],
    ],
  ],
  [
    [
      [0.04, 0.42],
      [0.32, 0.42],
    ],
    [
      [0.18, 0.08],
      [0.18, 0.96],
    ],
    [
      [0.07, 0.15],
      [0.11, 0.3],
    ],
    [
      [0.29, 0.15],
      [0.25, 0.3],
    ],
    [
      [0.18, 0.47],
      [0.04, 0.76],
    ],
    [
      [0.18, 0.47],
      [0.31, 0.7],
    ],
    [
      [0.66, 0.01],
      [0.68, 0.09],
    ],
    [
      [0.42, 0.13],
      [0.97, 0.13],
    ],
    [
      [0.44, 0.13],
      [0.42, 0.7],
      [0.35, 0.95],
    ],
    [
      [0.52, 0.3],
      [0.92, 0.3],
    ],
    [
      [0.5, 0.42],
      [0.96, 0.42],
    ],
    [
      [0.52, 0.54],
      [0.92, 0.54],
    ],
    [
      [0.72, 0.21],
      [0.72, 0.62],
    ],
    [
      [0.54, 0.68],
      [0.54, 0.95],
      [0.9, 0.95],
      [0.9, 0.68],
      [0.54, 0.68],
    ],
  ],
];

const bag = { width: 12, length: 17, puff: 2.6 };

/** The printed film: brand band with 冰糖 on it, a clear window, the label and a weight tag. */
function print() {
  const p = new Pixels(256, 384, '#fff4dc');
  p.rect(0, 0, 256, 132, '#d42a2a');
  p.circle(40, 62, 24, '#ffd54a');
  p.circle(40, 62, 17, '#d42a2a');
  p.circle(40, 62, 11, '#ffd54a');
  glyph(p, bingTang[0], 78, 30, 64, 9, '#ffffff');
  glyph(p, bingTang[1], 152, 30, 64, 9, '#ffffff');
  textLines(p, 80, 108, 130, 1, '#ffd54a', 10, 4);
  p.rect(18, 138, 220, 114, '#c9a24a');
  clearWindow(p, 0, 0, 256, 384, 255);
  p.rect(22, 142, 212, 106, '#fff4dc');
  clearWindow(p, 22, 142, 212, 106, 28);
  p.circle(214, 276, 20, '#d42a2a');
  p.rect(202, 270, 24, 4, '#ffffff');
  p.rect(204, 279, 20, 4, '#ffffff');
  textLines(p, 18, 262, 160, 2, '#a0522d', 11, 8);
  foodLabel(p, 14, 292, 228, 80, 6);
  return p.texture();
}

export const rockSugar: ModelDefinition = {
  id: 'rock-sugar',
  kind: 'ordinary',
  ...withWords(words, [
    { id: 'name', position: [0.6, 1.8, -6.3], normal: [0, 1, 0.3] },
    { id: 'label', position: [-1.8, 0.9, 6.4], normal: [0, 1, 0.3] },
    { id: 'lumps', position: [8.3, 1.7, 3], normal: [0.2, 1, 0.5] },
  ]),
  entry: 'methamphetamine',
  poster: 'rock-sugar',
  build: () => {
    const lump = (x: number, z: number, y: number) => [x, y, z] as [number, number, number];
    const inside = (random: () => number) => {
      const x = (random() - 0.5) * bag.width * 0.7;
      const z = (random() - 0.5) * bag.length * 0.55;
      return lump(x, z, 0.25 + random() * 0.45 * bagHeight(x, z, bag.width, bag.length, bag.puff));
    };
    const outside = (i: number, random: () => number) =>
      lump(7.9 + (i % 3) * 1.6 + random() * 0.6, -1 + Math.floor(i / 3) * 2.4 + random(), 0.55);
    const place = (count: number) => (i: number, random: () => number) => {
      const size = 1.4 + random() * 1.2;
      return {
        length: size * 1.2,
        thickness: size,
        at: i < count ? inside(random) : outside(i - count, random),
        turn: [random() * Math.PI, random() * Math.PI, random() * 0.6] as [number, number, number],
      };
    };
    return assemble(
      'rock sugar in its retail bag',
      crystals('white lumps', glassy('#fbf7ee', 0.93), 41, 20, place(14)),
      crystals('yellowish lumps', glassy('#f3e1b3', 0.88), 43, 11, place(8)),
      printedBag('retail bag', bag.width, bag.length, bag.puff, print(), '#c42424'),
    );
  },
};
