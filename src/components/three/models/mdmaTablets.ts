import { assemble, seeded } from './kit';
import { imprintTexture, marks, tabletGeometry, tabletMaterial, tablets } from './tablets';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/mdmaTablets.json';

const diameter = 0.95;

/** Three kinds of pill, each with its own logo, lying loose in one small group. */
const kinds = [
  {
    name: 'pink star pills',
    mark: marks.star,
    colours: ['#f59bc2', '#ef86b4'],
    width: 0.09,
    count: 6,
  },
  {
    name: 'blue and green crown pills',
    mark: marks.crown,
    colours: ['#8cc8f0', '#86d69a'],
    width: 0.1,
    count: 5,
  },
  {
    name: 'yellow smiley pills',
    mark: marks.smiley,
    colours: ['#f7d65a', '#f2c94c'],
    width: 0.085,
    count: 5,
  },
];

export const mdmaTablets: ModelDefinition = {
  id: 'mdma-tablets',
  kind: 'drug',
  ...withWords(words, [
    { id: 'logo', position: [-0.55, 0.45, 0.55], normal: [0, 1, 0.2] },
    { id: 'colours', position: [1.3, 0.45, -0.8], normal: [0, 1, 0.2] },
    { id: 'loose', position: [0.9, 0.45, 1.4], normal: [0, 1, 0.4] },
  ]),
  entry: 'mdma',
  poster: 'logo-tablets',
  twin: 'mint-candy',
  build: () => {
    const random = seeded(81);
    const geometry = tabletGeometry(diameter, 0.4, 0.35, 16);
    // a loose spiral of spots, shuffled between the three kinds
    const spots = Array.from({ length: 16 }, (_, k) => {
      const angle = k * 2.39996;
      const reach = 0.45 + Math.sqrt(k) * 0.8;
      return { x: Math.cos(angle) * reach, z: Math.sin(angle) * reach * 0.85 };
    });
    let next = 0;
    const meshes = kinds.map((kind) => {
      const mine = spots.slice(next, next + kind.count);
      next += kind.count;
      return tablets(
        kind.name,
        geometry,
        tabletMaterial(imprintTexture(kind.mark, kind.width, 0.62), 0.55),
        kind.count,
        (i, dummy) => {
          const s = mine[i]!;
          const leaning = i === 1;
          dummy.position.set(s.x, leaning ? 0.22 : 0, s.z);
          dummy.rotation.set(
            leaning ? 0.35 : (random() - 0.5) * 0.05,
            random() * 0.8 - 0.4,
            0,
            'YXZ',
          );
        },
        (i) => kind.colours[i % 2]!,
      );
    });
    return assemble('ecstasy pills', ...meshes);
  },
};
