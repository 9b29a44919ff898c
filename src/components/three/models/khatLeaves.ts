import { CylinderGeometry, TorusGeometry, Vector3 } from 'three';
import { assemble, matte, part, Pixels, seeded } from './kit';
import * as leaves from './leaves';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/khatLeaves.json';

/** The bundle lies along x: wrapped base at −x, leafy tips at +x. */
const wrap = { from: -13, to: -2.5, radius: 2.3 };

/** Banana leaf: green with fine parallel veins running across it. */
function bananaTexture() {
  const p = new Pixels(128, 64, '#5c9a3c');
  for (let x = 0; x < 128; x += 3) p.rect(x, 0, 1, 64, x % 9 === 0 ? '#4e8a34' : '#64a040');
  p.rect(0, 0, 128, 3, '#c4e6a6');
  return p.texture();
}

export const khatLeaves: ModelDefinition = {
  id: 'khat-leaves',
  kind: 'plant',
  ...withWords(words, [
    { id: 'glossy', position: [5.2, 3.6, 3.4], normal: [0, 1, 0.4] },
    { id: 'red', position: [12.3, 3.4, 0.6], normal: [0.5, 1, 0.3] },
    { id: 'twigs', position: [0, 2.4, 1.2], normal: [0, 0.6, 1] },
    { id: 'bundle', position: [-8, 4.3, 0.8], normal: [0, 1, 0.5] },
  ]),
  entry: 'khat',
  poster: 'khat-leaves',
  twin: 'amaranth-leaves',
  build: () => {
    const random = seeded(131);
    const twigs: leaves.Placed[] = [];
    const old: leaves.Placed[] = [];
    const young: leaves.Placed[] = [];
    const leaf = (length: number) =>
      leaves.leafGeometry({
        length,
        width: length * 0.48,
        outline: leaves.outlines.oval,
        teeth: 7,
        toothDepth: 0.07,
        toothShape: 'round',
        columns: 3,
        fold: 0.18,
        droop: length * 0.08,
      });
    for (let k = 0; k < 11; k++) {
      const spreadY = 1.2 + random() * 2.6;
      const spreadZ = (random() - 0.5) * 6;
      const end = new Vector3(8 + random() * 5, spreadY + 0.6, spreadZ);
      const points = [
        new Vector3(wrap.from + 0.5, 2.2 + (random() - 0.5) * 1.4, (random() - 0.5) * 1.6),
        new Vector3(wrap.to, 2.2 + (random() - 0.5) * 1.2, (random() - 0.5) * 1.8),
        new Vector3(3, (2.2 + spreadY) / 2 + 0.5, spreadZ * 0.6),
        end,
      ];
      twigs.push({ geometry: leaves.stemGeometry(points, 0.16, 0.45, 5, 12) });
      // leaves from where the twig leaves the wrap to its tip, the last ones young and red
      const count = 5 + Math.floor(random() * 3);
      for (let j = 0; j < count; j++) {
        const t = 0.4 + (j / (count - 1)) * 0.58;
        const s = t * 3;
        const seg = Math.min(2, Math.floor(s));
        const at = points[seg]!.clone().lerp(points[seg + 1]!, s - seg);
        const side = j % 2 === 0 ? 1 : -1;
        const direction = new Vector3(0.8, 0.25 + random() * 0.4, side * (0.7 + random() * 0.5));
        const isYoung = j === count - 1;
        const length = isYoung ? 2.2 + random() * 0.8 : 4.2 + random() * 2.4;
        (isYoung ? young : old).push({
          geometry: leaf(length),
          matrix: leaves.orient(at, direction, side * 0.3),
        });
      }
    }
    const sheet = new CylinderGeometry(
      wrap.radius,
      wrap.radius * 0.8,
      wrap.to - wrap.from,
      20,
      1,
      true,
      0.5,
      Math.PI * 2 - 1.2,
    );
    sheet.rotateZ(Math.PI / 2);
    sheet.scale(1, 0.85, 1);
    sheet.translate((wrap.from + wrap.to) / 2, wrap.radius * 0.85, 0);
    const banana = part('banana-leaf wrap', sheet, leaves.leafMaterial(bananaTexture(), 0.5));
    const string = new TorusGeometry(wrap.radius * 0.95, 0.08, 6, 24);
    string.rotateY(Math.PI / 2);
    string.scale(1, 0.85, 1);
    string.translate(-5.5, wrap.radius * 0.85, 0);
    return assemble(
      'bundle of khat',
      banana,
      part('string', string, matte('#d9b47a', { roughness: 0.9 })),
      leaves.mergedPart('twigs', twigs, matte('#7b4a33', { roughness: 0.75 })),
      leaves.foliage(
        'leaves',
        old,
        {
          blade: '#3f7f2f',
          vein: '#7db055',
          sideVein: '#4f8f3a',
          veins: 7,
          outline: leaves.outlines.oval,
          edge: '#356b27',
        },
        0.3,
      ),
      leaves.foliage(
        'young leaves',
        young,
        {
          blade: '#94573a',
          vein: '#c08a5c',
          sideVein: '#a0603f',
          veins: 6,
          outline: leaves.outlines.oval,
          edge: '#6d8a3a',
        },
        0.35,
      ),
    );
  },
};
