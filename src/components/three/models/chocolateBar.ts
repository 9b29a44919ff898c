import { BoxGeometry } from 'three';
import { assemble, glassy, matte, part, Pixels, seeded } from './kit';
import { ellipse, polygon, stroke, text, wave } from './paint';
import { bar, chocolate, foil } from './chocolateOrdinary';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/chocolateBar.json';

/**
 * Plain brown paper with creases and fibres, and a sticker copying a famous chocolate logo —
 * but no Chinese label, maker, weight, barcode or licence number anywhere.
 */
function kraft(sticker: boolean, seed: number) {
  const p = new Pixels(512, 384, '#c9a57a');
  const random = seeded(seed);
  for (let i = 0; i < 900; i++) {
    const x = Math.floor(random() * 512);
    const y = Math.floor(random() * 384);
    p.rect(x, y, 1 + Math.floor(random() * 4), 1, random() < 0.5 ? '#b8956b' : '#d6b68c');
  }
  p.rect(0, 0, 512, 14, '#d9bb93');
  stroke(
    p,
    [
      [0, 150],
      [190, 0],
    ],
    3,
    '#a9865c',
  );
  stroke(
    p,
    [
      [300, 384],
      [512, 230],
    ],
    3,
    '#a9865c',
  );
  if (sticker) {
    // stuck on crooked: a copied oval logo, smudged, nothing else
    polygon(
      p,
      Array.from({ length: 40 }, (_, i): [number, number] => {
        const a = (i / 40) * Math.PI * 2;
        const x = Math.cos(a) * 112;
        const y = Math.sin(a) * 50;
        const t = -0.12;
        return [220 + x * Math.cos(t) - y * Math.sin(t), 150 + x * Math.sin(t) + y * Math.cos(t)];
      }),
      '#f7f3ea',
    );
    text(p, 148, 120, 'C0C0RA', 5, '#b08a70');
    text(p, 145, 117, 'C0C0RA', 5, '#6b3b24');
    wave(p, 140, 300, 174, 5, 1.5, 6, '#8a5a3c');
    ellipse(p, 300, 122, 6, 4, '#c9a57a');
  }
  return p.texture();
}

export const chocolateBar: ModelDefinition = {
  id: 'chocolate-bar',
  kind: 'disguise',
  ...withWords(words, [
    { id: 'no-label', position: [1.4, 4.2, 0.58] },
    { id: 'tape', position: [6.9, 2.4, 0.6] },
    { id: 'pieces', position: [-6.2, 1.5, 0.45] },
  ]),
  entry: 'chocolate',
  poster: 'chocolate-drug',
  twin: 'chocolate-ordinary',
  build: () => {
    const random = seeded(23);
    const brown = matte('#553020', { roughness: 0.55 });
    const choc = chocolate(brown, -2.2, (_c, _r, dummy) => {
      dummy.position.x += (random() - 0.5) * 0.35;
      dummy.position.y += (random() - 0.5) * 0.35;
      dummy.rotation.z = (random() - 0.5) * 0.4;
      dummy.scale.set(0.8 + random() * 0.25, 0.8 + random() * 0.25, 0.7 + random() * 0.6);
    });
    const from = -2.5;
    const to = bar.width / 2 + 0.1;
    const centre = (from + to) / 2;
    const edge = matte('#b8956b', { roughness: 0.9 });
    const paper = part('plain wrapper', new BoxGeometry(to - from, bar.height + 0.4, 1.16), [
      edge,
      edge,
      edge,
      edge,
      matte('#ffffff', { map: kraft(true, 4), roughness: 0.9 }),
      matte('#ffffff', { map: kraft(false, 5), roughness: 0.9 }),
    ]);
    paper.position.set(centre, bar.lift + bar.height / 2, -0.02);
    const tape = part(
      'tape',
      new BoxGeometry(1.9, bar.height + 0.48, 1.22),
      glassy('#efe4c6', 0.5),
    );
    tape.position.set(4.2, bar.lift + bar.height / 2, -0.02);
    tape.rotation.z = 0.04;
    const steel = matte('#aab2bb', { roughness: 0.3, metalness: 0.5 });
    const staples = [1.8, 5.2].map((y, i) => {
      const staple = part(`staple ${i + 1}`, new BoxGeometry(0.1, 1.2, 0.07), steel);
      staple.position.set(to - 0.45, y, 0.58);
      staple.rotation.z = i === 0 ? 0.12 : -0.08;
      return staple;
    });
    // a loose, roughly broken piece lies in front
    const piece = part('broken piece', new BoxGeometry(1.8, 0.55, 1.6, 2, 1, 2), brown);
    const position = piece.geometry.attributes['position']!;
    for (let i = 0; i < position.count; i++)
      position.setXYZ(
        i,
        position.getX(i) * (1 + 0.15 * Math.sin(i * 2.7)),
        position.getY(i),
        position.getZ(i) * (1 + 0.2 * Math.cos(i * 1.9)),
      );
    piece.geometry.computeVertexNormals();
    piece.position.set(-5.2, 0.28, 2.4);
    piece.rotation.y = 0.5;
    return assemble(
      'drug-laced chocolate bar',
      choc,
      foil(-3.7, -2.3, 0.7, 0.07, 9),
      paper,
      tape,
      ...staples,
      piece,
    );
  },
};
