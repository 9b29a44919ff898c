import { BoxGeometry, PlaneGeometry, TorusGeometry, Vector3 } from 'three';
import { assemble, matte, part, Pixels, seeded } from './kit';
import { plainBarcode, textLines } from './paint';
import * as leaves from './leaves';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/amaranthLeaves.json';

/** The supermarket tag on the band: product name bar, price box and barcode. */
function tagPrint() {
  const p = new Pixels(128, 64, '#ffffff');
  p.rect(0, 0, 128, 14, '#2e7d32');
  textLines(p, 6, 20, 60, 2, '#555555', 10, 14);
  p.rect(78, 18, 44, 18, '#ffe082');
  plainBarcode(p, 8, 42, 70, 14, 15);
  return p.texture();
}

const band = { x: -7 };

export const amaranthLeaves: ModelDefinition = {
  id: 'amaranth-leaves',
  kind: 'ordinary',
  ...withWords(words, [
    { id: 'soft', position: [7.4, 2.1, 3.4], normal: [0, 1, 0.4] },
    { id: 'stems', position: [-2.5, 1.5, 1.3], normal: [0, 0.6, 1] },
    { id: 'tag', position: [band.x, 2.45, 1.3], normal: [0, 0.8, 0.6] },
  ]),
  entry: 'khat',
  poster: 'amaranth',
  build: () => {
    const random = seeded(141);
    const stems: leaves.Placed[] = [];
    const roots: leaves.Placed[] = [];
    const blades: leaves.Placed[] = [];
    for (let k = 0; k < 8; k++) {
      const z = (random() - 0.5) * 1.6;
      const y = 1 + (random() - 0.5) * 1;
      const end = new Vector3(10 + random() * 5, 1.4 + random() * 2.2, (random() - 0.5) * 7);
      const points = [
        new Vector3(-14, y, z),
        new Vector3(band.x, y, z * 0.6),
        new Vector3(0, (y + end.y) / 2, end.z * 0.35),
        end,
      ];
      stems.push({ geometry: leaves.stemGeometry(points, 0.3, 0.45, 6, 12) });
      // a few thin roots at the cut end
      for (let r = 0; r < 3; r++)
        roots.push({
          geometry: leaves.stemGeometry(
            [
              new Vector3(-14, y, z),
              new Vector3(-15.5, y - 0.3, z + (r - 1) * 0.4),
              new Vector3(-17 - random(), 0.2, z + (r - 1) * 0.9),
            ],
            0.07,
            0.5,
            4,
            5,
          ),
        });
      const count = 5 + Math.floor(random() * 3);
      for (let j = 0; j < count; j++) {
        const t = 0.45 + (j / (count - 1)) * 0.55;
        const s = t * 3;
        const seg = Math.min(2, Math.floor(s));
        const at = points[seg]!.clone().lerp(points[seg + 1]!, s - seg);
        const side = j % 2 === 0 ? 1 : -1;
        const direction = new Vector3(0.9, 0.1 + random() * 0.3, side * (0.5 + random() * 0.6));
        const length = j === count - 1 ? 4 + random() : 6 + random() * 3;
        const stalkEnd = at.clone().addScaledVector(direction.clone().normalize(), 1.5);
        stems.push({ geometry: leaves.stemGeometry([at, stalkEnd], 0.08, 0.8, 4, 2) });
        blades.push({
          geometry: leaves.leafGeometry({
            length,
            width: length * 0.72,
            outline: leaves.outlines.ovate,
            rows: 10,
            columns: 5,
            fold: 0.08,
            droop: length * 0.28,
          }),
          matrix: leaves.orient(stalkEnd, direction, side * 0.25),
        });
      }
    }
    const strap = new TorusGeometry(1.2, 0.18, 6, 20);
    strap.rotateY(Math.PI / 2);
    strap.translate(band.x, 1.1, 0);
    // the tag hangs from the band, tilted up towards the viewer
    const tag = new PlaneGeometry(4, 2).rotateX(-0.9).translate(band.x, 2.35, 1.25);
    const backing = new BoxGeometry(4.1, 2.1, 0.04).rotateX(-0.9).translate(band.x, 2.32, 1.22);
    return assemble(
      'bunch of amaranth',
      leaves.mergedPart('stems', stems, matte('#9fbf6a', { roughness: 0.45 })),
      leaves.mergedPart('roots', roots, matte('#c9a98a', { roughness: 0.9 })),
      leaves.foliage(
        'leaves',
        blades,
        {
          blade: '#6aa84f',
          vein: '#c76b8f',
          sideVein: '#7fb862',
          flush: '#a2355f',
          veins: 5,
          outline: leaves.outlines.ovate,
        },
        0.7,
      ),
      part('band', strap, matte('#d84343', { roughness: 0.5 })),
      part('tag backing', backing, matte('#f2f2f2')),
      part('price tag', tag, matte('#ffffff', { map: tagPrint(), roughness: 0.5 })),
    );
  },
};
