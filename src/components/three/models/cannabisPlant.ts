import { CircleGeometry, LatheGeometry, Vector2, Vector3 } from 'three';
import { assemble, matte, part, seeded } from './kit';
import * as leaves from './leaves';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/cannabisPlant.json';

const pot = { height: 9, top: 5.6, bottom: 4 };

/** A terracotta pot with a rolled rim, open at the top. */
function potGeometry() {
  const profile = [
    new Vector2(0, 0.01),
    new Vector2(pot.bottom, 0),
    new Vector2(pot.top - 0.1, pot.height - 1.4),
    new Vector2(pot.top + 0.35, pot.height - 1.3),
    new Vector2(pot.top + 0.4, pot.height),
    new Vector2(pot.top - 0.3, pot.height),
    new Vector2(pot.top - 0.45, pot.height - 1.2),
    new Vector2(pot.bottom - 0.4, 0.6),
  ];
  return new LatheGeometry(profile, 28);
}

export const cannabisPlant: ModelDefinition = {
  id: 'cannabis-plant',
  kind: 'plant',
  ...withWords(words, [
    { id: 'hand', position: [-2.3, 21.9, 5.6], normal: [0, 1, 0.5] },
    { id: 'teeth', position: [9.4, 16.5, 4.1], normal: [0, 1, 0.4] },
    { id: 'stem', position: [0.35, 24, 0.3], normal: [0.3, 0, 1] },
    { id: 'pot', position: [0, 5, pot.top - 0.2] },
  ]),
  entry: 'cannabis-plant',
  poster: 'cannabis-leaf',
  build: () => {
    const random = seeded(101);
    const soilTop = pot.height - 1;
    const stemTop = soilTop + 27;
    const stems: leaves.Placed[] = [];
    const blades: leaves.Placed[] = [];
    stems.push({
      geometry: leaves.stemGeometry(
        [
          new Vector3(0, soilTop - 0.5, 0),
          new Vector3(0.3, soilTop + 10, 0.1),
          new Vector3(-0.1, stemTop, 0.2),
        ],
        0.45,
        0.35,
        6,
        12,
      ),
    });
    const leaflet = (length: number) =>
      leaves.leafGeometry({
        length,
        width: length * 0.2,
        outline: leaves.outlines.lance,
        teeth: 8,
        toothDepth: 0.35,
        toothShape: 'saw',
        fold: 0.25,
        droop: length * 0.12,
      });
    /** One hand-shaped leaf: a petiole from the stem and its leaflets fanning out. */
    const leaf = (at: Vector3, azimuth: number, size: number, count: number) => {
      const rise = 0.55;
      const petiole = size * 0.7;
      const out = new Vector3(Math.cos(azimuth), 0, Math.sin(azimuth));
      const end = at
        .clone()
        .addScaledVector(out, petiole * Math.cos(rise))
        .add(new Vector3(0, petiole * Math.sin(rise), 0));
      stems.push({
        geometry: leaves.stemGeometry(
          [
            at,
            at
              .clone()
              .lerp(end, 0.5)
              .add(new Vector3(0, 0.4, 0)),
            end,
          ],
          0.14,
          0.6,
          5,
          6,
        ),
      });
      const spread = count >= 7 ? 1.9 : 1.6;
      for (let j = 0; j < count; j++) {
        const f = count === 1 ? 0 : (j / (count - 1)) * 2 - 1;
        const angle = azimuth + f * spread;
        const lift = 0.25 - Math.abs(f) * 0.45;
        const direction = new Vector3(
          Math.cos(angle) * Math.cos(lift),
          Math.sin(lift),
          Math.sin(angle) * Math.cos(lift),
        );
        const length = size * (1 - 0.6 * Math.abs(f) ** 1.6) * (0.95 + random() * 0.1);
        blades.push({
          geometry: leaflet(length),
          matrix: leaves.orient(end, direction, (random() - 0.5) * 0.3),
        });
      }
    };
    const nodes = [
      { y: 4, size: 9.5, count: 7 },
      { y: 10, size: 10, count: 9 },
      { y: 16, size: 9, count: 7 },
      { y: 21, size: 7, count: 7 },
      { y: 25, size: 4.5, count: 5 },
    ];
    nodes.forEach((node, k) => {
      const azimuth = (k % 2) * (Math.PI / 2) + 0.4;
      for (const side of [0, Math.PI])
        leaf(new Vector3(0, soilTop + node.y, 0.1), azimuth + side, node.size, node.count);
    });
    // the growing tip: a few small leaves standing up
    for (let k = 0; k < 4; k++) {
      const azimuth = k * 1.6;
      const direction = new Vector3(Math.cos(azimuth) * 0.5, 1, Math.sin(azimuth) * 0.5);
      for (let j = -1; j <= 1; j++) {
        const d = direction.clone().applyAxisAngle(new Vector3(0, 1, 0), j * 0.5);
        blades.push({
          geometry: leaflet(2.6 - Math.abs(j) * 0.8),
          matrix: leaves.orient(new Vector3(-0.1, stemTop - 0.3, 0.2), d, 0),
        });
      }
    }
    const soil = new CircleGeometry(pot.top - 0.35, 28);
    soil.rotateX(-Math.PI / 2);
    soil.translate(0, soilTop, 0);
    return assemble(
      'cannabis plant in a pot',
      part('pot', potGeometry(), matte('#c0683e', { roughness: 0.85 })),
      part('soil', soil, matte('#4a3426', { roughness: 1 })),
      leaves.mergedPart('stem and leaf stalks', stems, matte('#5f8f3e', { roughness: 0.7 })),
      leaves.foliage('leaflets', blades, {
        blade: '#4c8a36',
        vein: '#86bd63',
        veins: 9,
        outline: leaves.outlines.lance,
      }),
    );
  },
};
