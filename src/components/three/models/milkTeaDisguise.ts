import { glassy, matte, Pixels } from './kit';
import { sachet, spill } from './sachet';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/milkTeaDisguise.json';

/** The front of a disguised sachet: loud cartoon print, colours off register, no label, no barcode. */
function print() {
  const p = new Pixels(256, 384, '#ffd2e4');
  p.rect(10, 30, 256, 80, '#ff5fa2');
  p.rect(0, 24, 246, 80, '#6a3cff');
  p.circle(120, 200, 70, '#ffe14d');
  p.circle(96, 186, 10, '#222222');
  p.circle(146, 186, 10, '#222222');
  p.ring(122, 214, 30, 6, '#222222');
  p.rect(92, 196, 62, 18, '#ffe14d');
  p.circle(200, 300, 30, '#4dd2ff');
  p.circle(52, 320, 22, '#7dff6a');
  // the torn corner: film folded back
  p.rect(208, 0, 48, 30, '#a06b8a');
  return p.texture();
}

export const milkTeaDisguise: ModelDefinition = {
  id: 'milk-tea-sachet',
  kind: 'disguise',
  ...withWords(words, [
    { id: 'cartoon', position: [-0.4, 0.6, 0.45] },
    { id: 'no-label', position: [0, -3, 0.35] },
    { id: 'granules', position: [2.2, 4.6, 0.2], normal: [0, 1, 0.4] },
  ]),
  entry: 'milk-tea',
  poster: 'milk-tea-sachet-drug',
  twin: 'milk-tea-ordinary',
  build: () => {
    const model = sachet(
      'disguised milk-tea sachet',
      matte('#ffffff', { map: print(), roughness: 0.4 }),
      matte('#ffd2e4'),
      glassy('#f7c6db', 0.95),
    );
    model.add(spill('#ff8ac4', 160, [2.2, 4.7, 0.1], 7));
    return model;
  },
};
