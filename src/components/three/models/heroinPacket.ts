import { DoubleSide, PlaneGeometry } from 'three';
import { assemble, matte, part, Pixels, seeded } from './kit';
import { moundGeometry, powderTexture, scatter } from './powder';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/heroinPacket.json';

/** The paper: off-white, with the creases of a fold in thirds each way. */
function paperTexture() {
  const p = new Pixels(128, 128, '#f6f1e6');
  const random = seeded(11);
  for (let i = 0; i < 500; i++)
    p.rect(Math.floor(random() * 128), Math.floor(random() * 128), 2, 1, '#ece5d6');
  for (const line of [42, 85]) {
    p.rect(line, 0, 2, 128, '#d9d0bd');
    p.rect(0, line, 128, 2, '#d9d0bd');
  }
  return p.texture();
}

/** A 6 cm square of paper, creased in thirds, its four flaps springing half open. */
function paperGeometry() {
  const size = 6;
  const paper = new PlaneGeometry(size, size, 24, 24);
  paper.rotateX(-Math.PI / 2);
  const random = seeded(5);
  const position = paper.attributes['position']!;
  const crease = size / 6;
  for (let i = 0; i < position.count; i++) {
    const x = position.getX(i);
    const z = position.getZ(i);
    const liftX = Math.max(0, Math.abs(x) - crease) * (x > 0 ? 0.45 : 0.22);
    const liftZ = Math.max(0, Math.abs(z) - crease) * (z > 0 ? 0.12 : 0.55);
    const wrinkle = (random() - 0.5) * 0.05;
    position.setY(i, 0.02 + Math.max(liftX, liftZ) + wrinkle);
  }
  paper.computeVertexNormals();
  return paper;
}

export const heroinPacket: ModelDefinition = {
  id: 'heroin-packet',
  kind: 'drug',
  ...withWords(words, [
    { id: 'powder', position: [0, 0.82, 0], normal: [0, 1, 0.3] },
    { id: 'fold', position: [2.3, 0.75, 0.9], normal: [0.3, 1, 0.4] },
    { id: 'unknown', position: [-0.6, 0.1, 1.1], normal: [0, 1, 0.5] },
  ]),
  entry: 'heroin',
  poster: 'powder-packet',
  build: () => {
    const paper = part(
      'paper fold',
      paperGeometry(),
      matte('#ffffff', { map: paperTexture(), roughness: 0.85 }),
    );
    (paper.material as { side: number }).side = DoubleSide;
    paper.rotation.y = 0.35;
    const texture = powderTexture('#dccaa3', '#eee2c8', '#bfa57a', 3);
    texture.repeat.set(3, 3);
    const heap = part(
      'powder heap',
      moundGeometry(1.25, 0.8, 9),
      matte('#ffffff', { map: texture, roughness: 0.95 }),
    );
    heap.position.y = 0.03;
    return assemble(
      'heroin paper fold',
      paper,
      heap,
      scatter('#d8c59c', 140, [0.1, 0.03, 0.2], 1.1, 0.035, 4),
    );
  },
};
