import { Shape } from 'three';
import { assemble, matte, Pixels, seeded } from './kit';
import { smile, star } from './paint';
import { paperPiece } from './packet';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/lsdBlotter.json';

/** A sheet of 5 × 4 squares, each 1 cm, one torn off; paper about half a millimetre thick. */
const columns = 5;
const rows = 4;
const tile = 100;

/**
 * The print: every square a pink smiley on yellow with little sparkles, split by dotted
 * perforation lines. No country name, no value, nothing else.
 */
function print() {
  const p = new Pixels(columns * tile, rows * tile, '#fde7a2');
  for (let c = 0; c < columns; c++)
    for (let r = 0; r < rows; r++) {
      const x = c * tile;
      const y = r * tile;
      p.circle(x + 50, y + 52, 31, '#23313f');
      p.circle(x + 50, y + 52, 28, '#f47ca8');
      p.circle(x + 40, y + 45, 4, '#23313f');
      p.circle(x + 60, y + 45, 4, '#23313f');
      smile(p, x + 50, y + 62, 13, 4, '#23313f');
      star(p, x + 14, y + 16, 9, 3, 4, '#5cb8e4');
      star(p, x + 84, y + 82, 7, 2.5, 4, '#7fcb8e');
      p.circle(x + 86, y + 18, 4, '#9b7be0');
    }
  // perforations between the squares
  for (let c = 1; c < columns; c++)
    for (let y = 2; y < rows * tile; y += 8) p.rect(c * tile - 1, y, 3, 4, '#b9a77a');
  for (let r = 1; r < rows; r++)
    for (let x = 2; x < columns * tile; x += 8) p.rect(x, r * tile - 1, 4, 3, '#b9a77a');
  return p.texture();
}

/** The outline of the sheet with the top-right square torn away along its perforations. */
function sheetShape() {
  const random = seeded(8);
  const s = new Shape();
  s.moveTo(0, 0);
  s.lineTo(columns, 0);
  s.lineTo(columns, rows - 1);
  for (let i = 1; i < 10; i++) s.lineTo(columns - i / 10, rows - 1 + (random() - 0.5) * 0.04);
  s.lineTo(columns - 1, rows - 1);
  for (let i = 1; i < 10; i++) s.lineTo(columns - 1 + (random() - 0.5) * 0.04, rows - 1 + i / 10);
  s.lineTo(columns - 1, rows);
  s.lineTo(0, rows);
  s.closePath();
  return s;
}

/** One square torn from the sheet (the missing top-right one), ragged on two sides. */
function squareShape() {
  const random = seeded(9);
  const x = columns - 1;
  const y = rows - 1;
  const s = new Shape();
  s.moveTo(x, y);
  for (let i = 1; i < 10; i++) s.lineTo(x + i / 10, y + (random() - 0.5) * 0.04);
  s.lineTo(x + 1, y);
  s.lineTo(x + 1, y + 1);
  s.lineTo(x, y + 1);
  for (let i = 9; i > 0; i--) s.lineTo(x + (random() - 0.5) * 0.04, y + i / 10);
  s.closePath();
  return s;
}

export const lsdBlotter: ModelDefinition = {
  id: 'lsd-blotter',
  kind: 'disguise',
  ...withWords(words, [
    { id: 'no-country', position: [-1.5, 2.5, 0.03] },
    { id: 'squares', position: [0.5, 1, 0.03] },
    { id: 'torn', position: [1.9, 0.06, 1.6], normal: [0, 1, 0.2] },
  ]),
  entry: 'lsd',
  poster: 'blotter-stamps',
  twin: 'postage-stamp',
  build: () => {
    const front = matte('#ffffff', { map: print(), roughness: 0.85 });
    const edge = matte('#efe3bd', { roughness: 0.9 });
    const back = matte('#f4ecd4', { roughness: 0.9 });
    const area: [number, number, number, number] = [0, 0, columns, rows];
    const sheet = paperPiece('blotter sheet', sheetShape(), area, 0.05, front, edge, back);
    sheet.position.set(-columns / 2, 0, 0);
    const square = paperPiece('torn-off square', squareShape(), area, 0.05, front, edge, back);
    square.geometry.translate(-(columns - 0.5), -(rows - 0.5), 0);
    square.rotation.set(-Math.PI / 2, 0, 0.5);
    square.position.set(1.9, 0.03, 1.6);
    return assemble('LSD blotter', sheet, square);
  },
};
