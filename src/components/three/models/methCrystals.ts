import { assemble, glassy } from './kit';
import { bagHeight, crystals, zipBag } from './powder';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/methCrystals.json';

const bag = { width: 4, length: 5.5, puff: 0.95 };

/** Where a crystal lies: inside the bag (most of them) or spilled to its right. */
function spot(index: number, random: () => number, inside: boolean) {
  const length = 0.7 + random() * 1.1;
  const thickness = 0.28 + random() * 0.34;
  const turn: [number, number, number] = [
    random() * Math.PI,
    random() * Math.PI,
    (random() - 0.5) * 0.6,
  ];
  if (inside) {
    const x = (random() - 0.5) * bag.width * 0.68;
    const z = -bag.length * 0.2 + random() * bag.length * 0.6;
    const room = bagHeight(x, z, bag.width, bag.length, bag.puff);
    const y = 0.08 + (index % 2 === 0 ? 0.12 : 0.38) * room;
    return { length, thickness, at: [x, y, z] as [number, number, number], turn };
  }
  return {
    length: length * 0.9,
    thickness,
    at: [2.7 + random() * 1.6, thickness * 0.35, -0.6 + random() * 2.8] as [number, number, number],
    turn: [random() * Math.PI, random() * Math.PI, 0] as [number, number, number],
  };
}

export const methCrystals: ModelDefinition = {
  id: 'meth-crystals',
  kind: 'drug',
  ...withWords(words, [
    { id: 'crystals', position: [3.3, 0.3, 0.9], normal: [0.2, 1, 0.4] },
    { id: 'bag', position: [0.3, 0.12, -2.2], normal: [0, 1, 0.2] },
    { id: 'dont-test', position: [-0.6, 0.75, 0.8], normal: [0, 1, 0.4] },
  ]),
  entry: 'methamphetamine',
  poster: 'ice-crystals',
  twin: 'rock-sugar',
  build: () =>
    assemble(
      'meth crystals',
      zipBag('zip bag', bag.width, bag.length, bag.puff, 0.2),
      crystals('clear crystals', glassy('#d8e6f0', 0.62), 31, 24, (i, random) =>
        spot(i, random, i < 20),
      ),
      crystals('white crystals', glassy('#f6f8fa', 0.9), 37, 9, (i, random) =>
        spot(i, random, i < 6),
      ),
    ),
};
