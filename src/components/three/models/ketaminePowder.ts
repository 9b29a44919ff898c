import { assemble, matte, part } from './kit';
import { moundGeometry, pillowFace, powderTexture, scatter, zipBag } from './powder';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/ketaminePowder.json';

const bag = { width: 4.5, length: 6, puff: 0.75 };

export const ketaminePowder: ModelDefinition = {
  id: 'ketamine-powder',
  kind: 'drug',
  ...withWords(words, [
    { id: 'powder', position: [4.3, 0.62, 0.8], normal: [0, 1, 0.3] },
    { id: 'bag', position: [0.4, 0.1, -2.45], normal: [0, 1, 0.2] },
    { id: 'drinks', position: [-0.3, 0.7, 0.9], normal: [0, 1, 0.4] },
  ]),
  entry: 'ketamine',
  poster: 'ketamine-powder',
  build: () => {
    const texture = powderTexture('#f7f7f4', '#ffffff', '#e3e3de', 21);
    texture.repeat.set(4, 4);
    const powder = matte('#ffffff', { map: texture, roughness: 0.7 });
    const fill = part(
      'powder in the bag',
      pillowFace(bag.width * 0.88, bag.length * 0.72, 0.62),
      powder,
    );
    fill.position.z = bag.length * 0.12;
    const heap = part('heap of powder', moundGeometry(1.3, 0.55, 17), powder);
    heap.position.set(4.4, 0, 0.9);
    return assemble(
      'ketamine powder',
      zipBag('zip bag', bag.width, bag.length, bag.puff),
      fill,
      heap,
      scatter('#f4f4f0', 150, [4.2, 0, 1], 1.9, 0.03, 23, matte('#ffffff', { roughness: 0.35 })),
    );
  },
};
