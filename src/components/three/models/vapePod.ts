import { CylinderGeometry, TorusGeometry } from 'three';
import { assemble, glassy, matte, part, Pixels } from './kit';
import { axis, barrel, penCap, turned } from './highlighterPen';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/vapePod.json';

/**
 * The body's surface: plain lavender with a soft highlight and a few air holes, and nothing
 * printed — no brand, no maker, no health warning.
 */
function shell() {
  const p = new Pixels(256, 128, '#c2b5ea');
  p.rect(0, 26, 256, 6, '#e2dbf7');
  for (let i = 0; i < 3; i++) p.circle(22 + i * 10, 64, 2.5, '#8d80c0');
  return p.texture();
}

/** A pod: a clear tank of yellow-brown liquid round a metal post, from x0 to x1. */
function pod(name: string, x0: number, x1: number, radius: number, liquidTo: number) {
  const tank = turned(
    `${name} tank`,
    [
      [x0, 0.01],
      [x0, radius],
      [x1, radius],
      [x1, 0.01],
    ],
    glassy('#f1eef8', 0.35),
  );
  const liquid = turned(
    `${name} liquid`,
    [
      [x0 + 0.08, 0.01],
      [x0 + 0.08, radius - 0.1],
      [liquidTo, radius - 0.1],
      [liquidTo + 0.12, radius * 0.5],
      [liquidTo + 0.14, 0.01],
    ],
    matte('#8b5a2b', { roughness: 0.15 }),
  );
  const post = new CylinderGeometry(0.14, 0.14, x1 - x0, 12);
  post.rotateZ(Math.PI / 2);
  post.translate((x0 + x1) / 2, axis, 0);
  return [
    tank,
    liquid,
    part(`${name} post`, post, matte('#aab2bb', { metalness: 0.4, roughness: 0.3 })),
  ];
}

export const vapePod: ModelDefinition = {
  id: 'vape-pod',
  kind: 'disguise',
  ...withWords(words, [
    { id: 'mouthpiece', position: [-6.55, axis + 0.1, 0], normal: [-0.7, 0.2, 0.7] },
    { id: 'pod', position: [-3.9, axis + 0.1, 0.8], normal: [0, 0.2, 1] },
    { id: 'no-brand', position: [0.2, axis + 0.55, 0.58], normal: [0, 0.7, 0.7] },
    { id: 'spare', position: [2.2, 1.0, 3.3], normal: [0, 1, 0.3] },
  ]),
  entry: 'headrush-vape',
  poster: 'vape-pen',
  twin: 'highlighter-pen',
  build: () => {
    const dark = matte('#9c8fd0', { roughness: 0.4 });
    const grey = matte('#3e4a59', { roughness: 0.5 });
    const mouthpiece = turned(
      'mouthpiece',
      [
        [-6.35, 0.01],
        [-6.35, 0.3],
        [-6.25, 0.4],
        [-5.6, 0.58],
        [-5.05, 0.74],
        [-5.0, 0.74],
        [-5.0, 0.01],
      ],
      grey,
      0.7,
    );
    const seam = new TorusGeometry(0.8, 0.05, 6, 40);
    seam.rotateY(Math.PI / 2);
    seam.translate(-2.75, axis, 0);
    const body = barrel(
      'body',
      0.8,
      -2.75,
      2.6,
      matte('#ffffff', { map: shell(), roughness: 0.4 }),
    );
    const led = new CylinderGeometry(0.2, 0.2, 0.06, 16);
    led.rotateZ(Math.PI / 2);
    led.translate(5.8, axis, 0);
    const glow = matte('#6fe3ff', { roughness: 0.2 });
    glow.emissive.set('#2a9fc0');
    const light = part('light', led, glow);
    // a spare pod lying in front, its own small mouthpiece on the end
    const spare = pod('spare pod', -1.9, -0.2, 0.55, -0.8);
    for (const m of spare) m.position.set(3.2, -axis + 0.55, 3.3);
    const spareTip = turned(
      'spare pod mouthpiece',
      [
        [-0.2, 0.01],
        [-0.2, 0.5],
        [0.4, 0.36],
        [0.55, 0.24],
        [0.55, 0.01],
      ],
      grey,
      0.7,
    );
    spareTip.position.set(3.2, -axis + 0.55, 3.3);
    return assemble(
      'vape disguised as a highlighter',
      mouthpiece,
      ...pod('pod', -5.0, -2.75, 0.8, -3.2),
      part('seam', seam, dark),
      body,
      ...penCap('back cap', dark),
      light,
      ...spare,
      spareTip,
    );
  },
};
