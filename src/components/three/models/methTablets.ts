import { assemble, seeded } from './kit';
import { bagHeight, zipBag } from './powder';
import { imprintTexture, marks, tabletGeometry, tabletMaterial, tablets } from './tablets';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/methTablets.json';

const bag = { width: 4.6, length: 6, puff: 0.75 };
const diameter = 0.65;
const colours = ['#e0503a', '#ee7a34', '#d43f3a', '#f08a3e'];

/** Tablets in the bag: a jittered bottom layer and a few on top, then a few spilled outside. */
function layout() {
  const random = seeded(61);
  const spots: { x: number; y: number; z: number; tilt: number; turn: number }[] = [];
  for (let row = 0; row < 6; row++)
    for (let col = 0; col < 5; col++) {
      if (random() < 0.15) continue;
      const x = -1.45 + col * 0.72 + (row % 2) * 0.3 + (random() - 0.5) * 0.12;
      const z = -1.5 + row * 0.7 + (random() - 0.5) * 0.12;
      spots.push({ x, y: 0.03, z, tilt: (random() - 0.5) * 0.2, turn: random() * 6.3 });
    }
  for (let k = 0; k < 12; k++) {
    const x = (random() - 0.5) * 2.8;
    const z = -1.2 + random() * 3.2;
    const y = Math.min(0.33, bagHeight(x, z, bag.width, bag.length, bag.puff) - 0.35);
    spots.push({ x, y: Math.max(0.2, y), z, tilt: 0.3 + random() * 0.3, turn: random() * 6.3 });
  }
  const inside = spots.length;
  for (let k = 0; k < 6; k++)
    spots.push({
      x: 3.2 + (random() - 0.3) * 1.6,
      y: 0,
      z: -0.2 + k * 0.45 + (random() - 0.5) * 0.3,
      tilt: k === 2 ? 0.25 : 0,
      turn: random() * 6.3,
    });
  return { spots, inside };
}

export const methTablets: ModelDefinition = {
  id: 'meth-tablets',
  kind: 'drug',
  ...withWords(words, [
    { id: 'imprint', position: [3.55, 0.32, 0.7], normal: [0, 1, 0.3] },
    { id: 'colours', position: [-0.6, 0.55, 0.6], normal: [0, 1, 0.4] },
    { id: 'loose', position: [0.4, 0.12, -2.45], normal: [0, 1, 0.2] },
  ]),
  entry: 'meth-tablets',
  poster: 'red-tablets',
  twin: 'candy-tablets',
  build: () => {
    const { spots } = layout();
    const pills = tablets(
      'yaba tablets',
      tabletGeometry(diameter, 0.28, 0.3, 14),
      tabletMaterial(imprintTexture(marks.pair(marks.W, marks.Y), 0.11, 0.66), 0.45),
      spots.length,
      (i, dummy) => {
        const s = spots[i]!;
        dummy.position.set(s.x, s.y, s.z);
        dummy.rotation.set(s.tilt, s.turn, 0, 'YXZ');
      },
      (i) => (i % 13 === 6 ? '#7cc04a' : colours[i % 4]!),
    );
    return assemble(
      'yaba in a zip bag',
      pills,
      zipBag('zip bag', bag.width, bag.length, bag.puff, 0.22),
    );
  },
};
