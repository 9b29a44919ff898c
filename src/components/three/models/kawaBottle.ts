import { glassy, matte, Pixels } from './kit';
import { polygon, star, stroke, text, textWidth } from './paint';
import { bottle } from './bottle';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/kawaBottle.json';

/** A small, squat drink bottle, 12 cm tall with its cap. */
const profile: [number, number][] = [
  [0, 0],
  [2.45, 0],
  [2.75, 0.15],
  [2.85, 0.55],
  [2.85, 7.2],
  [2.7, 7.9],
  [2.2, 8.7],
  [1.45, 9.4],
  [1.1, 9.9],
  [1.05, 10.8],
];

/**
 * The flashy label (middle = front): a neon lightning bolt, stars and the name in front, a
 * “GABA” ingredient claim and a “0%” badge on the right, and nothing that names a maker.
 */
function label() {
  const p = new Pixels(512, 176, '#3b2a6b');
  p.rect(0, 0, 512, 10, '#b6f03c');
  p.rect(0, 166, 512, 10, '#b6f03c');
  for (let x = 0; x < 512; x += 64) star(p, x + 20, 30, 6, 2.5, 4, '#5ff2e0');
  const name = 'KAWA';
  text(p, 256 - textWidth(name, 6) / 2 + 3, 27, name, 6, '#ff4fa3');
  text(p, 256 - textWidth(name, 6) / 2, 24, name, 6, '#ffe94d');
  polygon(
    p,
    [
      [262, 78],
      [232, 124],
      [252, 124],
      [240, 164],
      [282, 110],
      [260, 110],
      [276, 78],
    ],
    '#ffe94d',
  );
  star(p, 200, 110, 16, 6, 4, '#5ff2e0');
  p.circle(302, 92, 9, '#ff4fa3');
  stroke(
    p,
    [
      [284, 146],
      [292, 134],
      [300, 150],
      [310, 136],
    ],
    4,
    '#ff4fa3',
  );
  // the right side: a “scientific” ingredient and an alcohol-free claim, nothing more
  p.rect(322, 60, 96, 52, '#f1f8e6');
  text(p, 370 - textWidth('GABA', 4) / 2, 72, 'GABA', 4, '#3b2a6b');
  p.circle(370, 138, 20, '#ff4fa3');
  text(p, 370 - textWidth('0%', 3) / 2, 128, '0%', 3, '#ffffff');
  // the left side: more stars and bubbles instead of ingredients or a maker
  star(p, 120, 80, 22, 9, 5, '#ffe94d', 0.3);
  p.circle(150, 132, 9, '#5ff2e0');
  p.circle(90, 140, 6, '#ff4fa3');
  return p.texture();
}

export const kawaBottle: ModelDefinition = {
  id: 'kawa-bottle',
  kind: 'disguise',
  ...withWords(words, [
    { id: 'flashy', position: [0, 4.6, 2.88] },
    { id: 'ingredient', position: [2.68, 5.5, 1.0], normal: [0.94, 0, 0.34] },
    { id: 'no-maker', position: [-2.55, 3.2, 1.2], normal: [-0.9, 0, 0.42] },
    { id: 'buzz', position: [0, 8.6, 2.25], normal: [0, 0.5, 0.85] },
  ]),
  entry: 'kawa',
  poster: 'kawa-bottle',
  twin: 'soda-bottle',
  build: () =>
    bottle('kawa bottle', {
      profile,
      glass: glassy('#eef8e0', 0.22),
      liquid: matte('#a6e832', { roughness: 0.2 }),
      level: 9.1,
      label: {
        from: 1.1,
        to: 7.0,
        material: matte('#ffffff', { map: label(), roughness: 0.3 }),
      },
      cap: {
        height: 1.5,
        radius: 1.25,
        material: matte('#ff4fa3', { roughness: 0.45 }),
        ring: matte('#e9ecef', { roughness: 0.5 }),
      },
    }),
};
