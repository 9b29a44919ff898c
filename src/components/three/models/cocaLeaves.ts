import { SphereGeometry, Vector3, type BufferGeometry } from 'three';
import { assemble, matte, seeded } from './kit';
import * as leaves from './leaves';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/cocaLeaves.json';

/** The twig, lying on the table from left to right. */
const twig = [
  new Vector3(-10, 0.35, 1.2),
  new Vector3(-4, 0.45, 0.2),
  new Vector3(2, 0.55, -0.3),
  new Vector3(8, 0.6, -1.6),
];

export const cocaLeaves: ModelDefinition = {
  id: 'coca-leaves',
  kind: 'plant',
  ...withWords(words, [
    { id: 'oval', position: [-3.4, 0.75, 3.4], normal: [0, 1, 0.3] },
    { id: 'lines', position: [3.35, 0.85, 3.1], normal: [0, 1, 0.3] },
    { id: 'loose', position: [0.6, 0.3, 6.8], normal: [0, 1, 0.4] },
  ]),
  entry: 'coca',
  poster: 'coca-leaves',
  build: () => {
    const random = seeded(121);
    const woody: leaves.Placed[] = [{ geometry: leaves.stemGeometry(twig, 0.22, 0.45, 6, 18) }];
    const blades: leaves.Placed[] = [];
    const along = (t: number) => {
      const s = t * (twig.length - 1);
      const k = Math.min(twig.length - 2, Math.floor(s));
      return twig[k]!.clone().lerp(twig[k + 1]!, s - k);
    };
    const leaf = (length: number) =>
      leaves.leafGeometry({
        length,
        width: length * 0.5,
        outline: leaves.outlines.oval,
        rows: 12,
        columns: 5,
        fold: 0.12,
        droop: -0.15,
      });
    for (let k = 0; k < 11; k++) {
      const t = 0.08 + k * 0.085;
      const at = along(t);
      const side = k % 2 === 0 ? 1 : -1;
      const angle = side * (0.9 + random() * 0.4) - 0.12;
      const direction = new Vector3(Math.cos(angle), 0.06, Math.sin(angle));
      const length = 4 + random() * 1.8 + (k > 8 ? -1 : 0);
      const stalk = at.clone().addScaledVector(direction, 0.4);
      woody.push({ geometry: leaves.stemGeometry([at, stalk], 0.06, 0.8, 4, 2) });
      blades.push({
        geometry: leaf(length),
        matrix: leaves.orient(stalk, direction, (random() - 0.5) * 0.2),
      });
    }
    // a few picked leaves lying loose in front
    for (let k = 0; k < 4; k++) {
      const angle = -0.9 + k * 0.5 + random() * 0.2;
      const direction = new Vector3(Math.cos(angle), 0, Math.sin(angle));
      const at = new Vector3(-6 + k * 3.6, 0.03 + k * 0.02, 5.6 - (k % 2) * 0.6);
      blades.push({ geometry: leaf(4.6 + random()), matrix: leaves.orient(at, direction, 0) });
    }
    const berries: BufferGeometry[] = [];
    for (let k = 0; k < 6; k++) {
      const at = along(0.25 + (k % 3) * 0.22).add(
        new Vector3(0.35 * (k > 2 ? 1 : -1), -0.05, 0.45 * (k > 2 ? -1 : 1)),
      );
      berries.push(
        new SphereGeometry(0.32, 10, 8).scale(1, 0.85, 1.25).translate(at.x, at.y, at.z),
      );
    }
    return assemble(
      'coca sprig',
      leaves.mergedPart('twig and leaf stalks', woody, matte('#7a4a32', { roughness: 0.8 })),
      leaves.foliage(
        'leaves',
        blades,
        {
          blade: '#4f8f3c',
          vein: '#9ccc78',
          sideVein: '#5b9a46',
          veins: 6,
          lines: '#8fc06c',
          outline: leaves.outlines.oval,
        },
        0.6,
      ),
      leaves.mergedPart(
        'red berries',
        berries.map((geometry) => ({ geometry })),
        matte('#c0392b', { roughness: 0.35 }),
      ),
    );
  },
};
