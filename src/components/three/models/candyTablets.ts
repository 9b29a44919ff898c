import { assemble, Pixels, seeded } from './kit';
import { clearWindow, foodLabel, stroke, textLines } from './paint';
import { bagHeight, printedBag } from './powder';
import { tabletGeometry, tabletMaterial, tablets } from './tablets';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/candyTablets.json';

const bag = { width: 9, length: 13, puff: 1.4 };
const colours = ['#f05a5a', '#ffb830', '#52c17a', '#4da3e8', '#a56bd8', '#ff8a3d'];

/** The front of the pack: brand plate, a pink wave, a window onto the sweets, and the label. */
function print() {
  const p = new Pixels(256, 384, '#ffd45c');
  for (let x = 0; x < 256; x++) {
    const y = 150 + Math.sin(x / 30) * 14;
    p.rect(x, Math.round(y), 1, 34, '#f06c9b');
  }
  p.circle(70, 70, 42, '#ffffff');
  p.circle(58, 60, 13, '#4da3e8');
  p.circle(84, 64, 13, '#52c17a');
  p.circle(68, 86, 13, '#f05a5a');
  p.rect(126, 46, 110, 22, '#ffffff');
  p.rect(126, 78, 78, 14, '#ffffff');
  textLines(p, 128, 102, 100, 1, '#c2185b', 10, 3);
  stroke(
    p,
    [
      [24, 16],
      [24, 126],
    ],
    8,
    '#fff1c2',
  );
  p.rect(34, 196, 188, 84, '#ffffff');
  clearWindow(p, 0, 0, 256, 384, 255);
  clearWindow(p, 40, 202, 176, 72, 30);
  p.circle(212, 300, 18, '#f06c9b');
  p.rect(202, 296, 20, 4, '#ffffff');
  foodLabel(p, 14, 300, 182, 76, 9);
  return p.texture();
}

/** Sweets in the window area of the bag, then a scatter of them in front of it. */
function layout() {
  const random = seeded(71);
  const spots: { x: number; y: number; z: number; tilt: number; turn: number }[] = [];
  for (let k = 0; k < 16; k++) {
    const x = -3 + (k % 5) * 1.45 + (random() - 0.5) * 0.3;
    const z = 0.1 + Math.floor(k / 5) * 1.2 + (random() - 0.5) * 0.3;
    const room = bagHeight(x, z, bag.width, bag.length, bag.puff);
    spots.push({
      x,
      y: Math.max(0.05, room - 0.75),
      z,
      tilt: (random() - 0.5) * 0.5,
      turn: random() * 6,
    });
  }
  for (let k = 0; k < 9; k++) {
    const angle = k * 2.4;
    const reach = 0.5 + Math.sqrt(k) * 0.9;
    spots.push({
      x: 7 + Math.cos(angle) * reach,
      y: k === 4 ? 0.45 : 0,
      z: 3 + Math.sin(angle) * reach,
      tilt: k === 4 ? 0.3 : 0,
      turn: random() * 6,
    });
  }
  return spots;
}

export const candyTablets: ModelDefinition = {
  id: 'candy-tablets',
  kind: 'ordinary',
  ...withWords(words, [
    { id: 'brand', position: [-2.5, 1.2, -3.9], normal: [0, 1, 0.3] },
    { id: 'label', position: [-1, 0.75, 5.1], normal: [0, 1, 0.3] },
    { id: 'sweets', position: [7, 0.95, 3], normal: [0, 1, 0.3] },
  ]),
  entry: 'meth-tablets',
  poster: 'candy-tablets',
  build: () => {
    const spots = layout();
    const sweets = tablets(
      'candy tablets',
      tabletGeometry(1.3, 0.42, 0.35, 18),
      tabletMaterial(undefined, 0.35),
      spots.length,
      (i, dummy) => {
        const s = spots[i]!;
        dummy.position.set(s.x, s.y, s.z);
        dummy.rotation.set(s.tilt, s.turn, 0, 'YXZ');
      },
      (i) => colours[i % colours.length]!,
    );
    return assemble(
      'candy tablets in their pack',
      sweets,
      printedBag('candy pack', bag.width, bag.length, bag.puff, print(), '#f6b93b', '#fff3c8'),
    );
  },
};
