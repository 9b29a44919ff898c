import { matte, Pixels } from './kit';
import {
  barcode,
  crimpedEnds,
  ellipse,
  licence,
  smallPrint,
  smile,
  star,
  text,
  textWidth,
  wave,
} from './paint';
import { frontZ, packet, type PacketOptions } from './packet';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/poppingCandyOrdinary.json';

/** A shop packet of popping candy, 5.5 × 8 cm. */
export const candyPacket: PacketOptions = { width: 5.5, height: 8, depth: 0.7, seal: 0.8 };
const W = 256;
const H = 372;

/** The front: brand oval, starburst, smiling sweet, then net weight, barcode and licence. */
function front() {
  const p = new Pixels(W, H, '#5bb8e8');
  crimpedEnds(p, 37, 8, '#3c8fc0');
  p.rect(0, 37, W, 3, '#23313f');
  p.rect(0, H - 40, W, 3, '#23313f');
  // brand oval with the name in pink
  ellipse(p, 128, 82, 100, 30, '#23313f');
  ellipse(p, 128, 82, 96, 27, '#ffffff');
  const brand = 'POPJOY';
  text(p, 128 - textWidth(brand, 5) / 2, 65, brand, 5, '#e8457c');
  wave(p, 60, 196, 104, 2, 2, 3, '#ffb3cf');
  // starburst and the candy mascot
  star(p, 128, 190, 76, 56, 14, '#ffe066');
  p.circle(128, 190, 42, '#23313f');
  p.circle(128, 190, 39, '#ff7faf');
  ellipse(p, 112, 172, 10, 6, '#ffc2da');
  p.circle(113, 184, 5, '#23313f');
  p.circle(143, 184, 5, '#23313f');
  p.circle(115, 182, 1.6, '#ffffff');
  p.circle(145, 182, 1.6, '#ffffff');
  smile(p, 128, 196, 13, 3, '#23313f');
  p.circle(104, 198, 5, '#ff4f8f');
  p.circle(152, 198, 5, '#ff4f8f');
  // flavour ribbon
  p.rect(40, 256, 176, 20, '#e8457c');
  text(p, 128 - textWidth('STRAWBERRY', 2) / 2, 259, 'STRAWBERRY', 2, '#ffffff');
  // the small print a real sweet carries: net weight, licence number, barcode
  p.rect(14, 284, 228, 48, '#ffffff');
  text(p, 20, 289, 'NET 5G', 2, '#23313f');
  smallPrint(p, 20, 303, 112, 2, 6, '#8d99a6', 4);
  licence(p, 20, 318, 1);
  barcode(p, 150, 286, 88, 44, 5);
  return p.texture();
}

/** The back: ingredients, maker and address, dates, storage, licence number, barcode. */
function back() {
  const p = new Pixels(W, H, '#5bb8e8');
  crimpedEnds(p, 37, 8, '#3c8fc0');
  p.rect(20, 56, 216, 260, '#ffffff');
  text(p, 30, 66, 'POPJOY', 3, '#e8457c');
  smallPrint(p, 30, 96, 196, 6, 8, '#6b7785', 11);
  p.rect(30, 148, 196, 2, '#c8d0d8');
  smallPrint(p, 30, 158, 196, 5, 8, '#6b7785', 12);
  p.rect(30, 204, 196, 30, '#eef4f8');
  smallPrint(p, 36, 210, 180, 3, 7, '#8d99a6', 13);
  licence(p, 30, 244, 2);
  barcode(p, 120, 262, 106, 48, 8);
  return p.texture();
}

export const poppingCandyOrdinary: ModelDefinition = {
  id: 'popping-candy-ordinary',
  kind: 'ordinary',
  ...withWords(words, [
    { id: 'brand', position: [0, 6.25, frontZ(candyPacket, 0, 6.25)] },
    { id: 'licence', position: [0.8, 1.35, frontZ(candyPacket, 0.8, 1.35)] },
    { id: 'label', position: [0, 4, -frontZ(candyPacket, 0, 4)], normal: [0, 0, -1] },
    { id: 'seal', position: [-1.6, 7.7, 0.04], normal: [0, 0.4, 1] },
  ]),
  entry: 'popping-candy',
  poster: 'popping-candy',
  build: () =>
    packet(
      'ordinary popping-candy packet',
      candyPacket,
      matte('#ffffff', { map: front(), roughness: 0.35 }),
      matte('#ffffff', { map: back(), roughness: 0.35 }),
      matte('#4a9fcc', { roughness: 0.4 }),
    ),
};
