import { glassy, matte, Pixels } from './kit';
import { sachet } from './sachet';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/milkTeaOrdinary.json';

/** The front of a real drink sachet: brand band, cup, ingredients label, barcode, licence box. */
function print() {
  const p = new Pixels(256, 384, '#f3e3c7');
  p.rect(0, 40, 256, 70, '#7a4a2a');
  p.circle(128, 190, 52, '#ffffff');
  p.circle(128, 190, 44, '#b07a4f');
  p.rect(92, 140, 72, 12, '#ffffff');
  p.rect(24, 262, 208, 96, '#ffffff');
  for (let line = 0; line < 4; line++) p.rect(36, 276 + line * 14, 120 - line * 12, 6, '#9a9a9a');
  for (let bar = 0; bar < 22; bar++)
    p.rect(168 + bar * 3, 276, bar % 3 === 0 ? 2 : 1, 50, '#111111');
  p.rect(168, 334, 52, 16, '#0b6e4f');
  return p.texture();
}

export const milkTeaOrdinary: ModelDefinition = {
  id: 'milk-tea-ordinary',
  kind: 'ordinary',
  ...withWords(words, [
    { id: 'label', position: [-0.8, -2.6, 0.45] },
    { id: 'licence', position: [1.7, -3.6, 0.35] },
  ]),
  entry: 'milk-tea',
  poster: 'milk-tea-sachet',
  build: () =>
    sachet(
      'ordinary milk-tea sachet',
      matte('#ffffff', { map: print(), roughness: 0.45 }),
      matte('#e9d8bb'),
      glassy('#e9d8bb', 0.95),
    ),
};
