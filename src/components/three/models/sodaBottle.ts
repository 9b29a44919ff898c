import { glassy, matte, Pixels } from './kit';
import { barcode, licence, smallPrint, text, textWidth, wave } from './paint';
import { bottle } from './bottle';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/sodaBottle.json';

/** A 500 ml soft-drink bottle, 21 cm tall, 6.6 cm across. */
const profile: [number, number][] = [
  [0, 0],
  [2.4, 0],
  [2.95, 0.15],
  [3.25, 0.6],
  [3.3, 1.2],
  [3.3, 5.4],
  [3.1, 5.8],
  [3.3, 6.2],
  [3.3, 12.2],
  [3.15, 13.4],
  [2.7, 14.9],
  [2.0, 16.3],
  [1.45, 17.3],
  [1.3, 17.9],
  [1.3, 19.4],
];

/**
 * The label, wrapped round the bottle (middle = front): brand and wave in front, barcode and
 * licence on the right, ingredients and nutrition on the left, maker and address at the back.
 */
function label() {
  const p = new Pixels(512, 160, '#d83a3a');
  p.rect(0, 0, 512, 8, '#a82a2a');
  p.rect(0, 152, 512, 8, '#a82a2a');
  const brand = 'FIZZ';
  text(p, 256 - textWidth(brand, 6) / 2, 34, brand, 6, '#ffffff');
  wave(p, 170, 342, 98, 10, 1, 9, '#ffffff');
  text(p, 256 - textWidth('COLA 500ML', 2) / 2, 120, 'COLA 500ML', 2, '#ffffff');
  // right side: barcode and licence
  p.rect(322, 30, 92, 104, '#ffffff');
  barcode(p, 328, 36, 80, 54, 41);
  licence(p, 328, 96, 1);
  smallPrint(p, 328, 106, 78, 3, 7, '#8d99a6', 42);
  // left side: ingredients and the nutrition table
  p.rect(98, 30, 92, 104, '#ffffff');
  smallPrint(p, 104, 38, 80, 5, 7, '#6b7785', 43);
  for (let i = 0; i < 5; i++) p.rect(104, 82 + i * 10, 80, 1, '#8d99a6');
  // back: maker's name and address, dates
  smallPrint(p, 470, 40, 42, 8, 9, '#ffd0d0', 44);
  smallPrint(p, 0, 40, 46, 8, 9, '#ffd0d0', 45);
  return p.texture();
}

export const sodaBottle: ModelDefinition = {
  id: 'soda-bottle',
  kind: 'ordinary',
  ...withWords(words, [
    { id: 'brand', position: [0, 10.2, 3.34] },
    { id: 'licence', position: [3.1, 8.3, 1.2], normal: [0.93, 0, 0.36] },
    { id: 'ingredients', position: [-3.1, 9, 1.2], normal: [-0.93, 0, 0.36] },
    { id: 'cap', position: [0, 19.1, 1.4], normal: [0, 0.3, 1] },
  ]),
  entry: 'kawa',
  poster: 'soda-bottle',
  build: () =>
    bottle('soda bottle', {
      profile,
      glass: glassy('#e3eef3', 0.22),
      liquid: matte('#2c130c', { roughness: 0.25 }),
      level: 16.2,
      label: {
        from: 6.4,
        to: 12,
        material: matte('#ffffff', { map: label(), roughness: 0.35 }),
      },
      cap: { height: 1.8, radius: 1.5, material: matte('#d83a3a', { roughness: 0.5 }) },
    }),
};
