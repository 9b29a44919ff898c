import { assemble, matte, Pixels } from './kit';
import { crimpedEnds, ellipse, smile, star, stroke, text } from './paint';
import { colouredSpill, frontZ, packet, type PacketOptions } from './packet';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/poppingCandy.json';

/** The same small packet as the shop sweet, 5.5 × 8 cm, with a roughly resealed top. */
const fakePacket: PacketOptions = {
  width: 5.5,
  height: 8,
  depth: 0.75,
  seal: 0.8,
  ragged: 0.09,
  seed: 5,
};
const W = 256;
const H = 372;

/**
 * The front: a copied look (starburst, oval, smiling sweet) printed badly — the brand smeared
 * and doubled, the face out of register — and nothing else: no weight, barcode or licence.
 */
function front() {
  const p = new Pixels(W, H, '#4fc7c0');
  crimpedEnds(p, 37, 9, '#3aa9a3');
  p.rect(0, H - 40, W, 3, '#23313f');
  // the top was cut open and melted shut again: a crooked, darker band
  stroke(
    p,
    [
      [0, 30],
      [60, 34],
      [120, 27],
      [190, 36],
      [256, 29],
    ],
    9,
    '#2f8f8a',
  );
  stroke(
    p,
    [
      [0, 31],
      [70, 35],
      [130, 28],
      [200, 37],
      [256, 30],
    ],
    3,
    '#1e5f5c',
  );
  ellipse(p, 128, 84, 98, 28, '#ffffff');
  // a brand-like word, printed twice slightly apart: blurry, doubled letters
  text(p, 45, 70, 'P0PJ0Y', 5, '#f3a6c6');
  text(p, 42, 67, 'P0PJ0Y', 5, '#d9508e');
  star(p, 128, 192, 74, 52, 12, '#f6e37a', 0.2);
  // the pink fill has slipped off its outline
  p.circle(134, 198, 40, '#f56c9e');
  p.ring(126, 192, 41, 3, '#23313f');
  p.circle(112, 190, 5, '#23313f');
  p.circle(140, 186, 6, '#23313f');
  smile(p, 127, 204, 12, 3, '#23313f');
  // pale blank streaks where a label would be
  stroke(
    p,
    [
      [30, 290],
      [120, 287],
    ],
    5,
    '#a8e6e2',
  );
  stroke(
    p,
    [
      [50, 306],
      [190, 300],
    ],
    5,
    '#a8e6e2',
  );
  return p.texture();
}

/** The back: the same colour and nothing printed at all. */
function back() {
  const p = new Pixels(64, 96, '#4fc7c0');
  crimpedEnds(p, 10, 3, '#3aa9a3');
  return p.texture();
}

export const poppingCandy: ModelDefinition = {
  id: 'popping-candy',
  kind: 'disguise',
  ...withWords(words, [
    { id: 'cartoon', position: [-1.3, 4.3, frontZ(fakePacket, -1.3, 4.3)] },
    { id: 'no-label', position: [0.3, 1.5, frontZ(fakePacket, 0.3, 1.5)] },
    { id: 'reseal', position: [1.2, 7.4, 0.04], normal: [0, 0.4, 1] },
    { id: 'granules', position: [3.5, 0.25, 1.25], normal: [0, 1, 0.3] },
  ]),
  entry: 'popping-candy',
  poster: 'popping-candy-drug',
  twin: 'popping-candy-ordinary',
  build: () => {
    const model = packet(
      'fake popping-candy packet',
      fakePacket,
      matte('#ffffff', { map: front(), roughness: 0.45 }),
      matte('#ffffff', { map: back(), roughness: 0.45 }),
      matte('#3aa9a3', { roughness: 0.5 }),
    );
    const spill = colouredSpill(
      ['#ff7faf', '#9b7be0', '#ffe066', '#ffffff', '#5fd3c4'],
      90,
      [3.5, 0, 1.2],
      1.1,
      0.1,
      11,
    );
    return assemble('disguised popping candy', model, spill);
  },
};
