import { Shape } from 'three';
import { assemble, matte, Pixels, seeded } from './kit';
import { smile, star } from './paint';
import { paperPiece } from './packet';
import type { ModelDefinition } from './types';

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
  title: { 'zh-cn': 'LSD“邮票”', en: 'LSD “stamps”' },
  description: {
    'zh-cn':
      '一小张吸墨纸，被虚线分成 5 × 4 个指甲盖大小的方格，每格都印着粉色笑脸和小星星，右上角已经撕掉了一格，放在前面。LSD 溶液被吸进纸里，纸本身无色无味。它看起来像邮票或贴纸，但没有国名、没有面值，也不是用来寄信的。',
    en: 'A small sheet of blotting paper divided by dotted lines into 5 × 4 squares the size of a fingernail, each printed with a pink smiley and sparkles; the top-right square has been torn off and lies in front. LSD solution is soaked into the paper, which has no colour or smell of its own. It looks like stamps or stickers, but there is no country name, no face value, and it is not for posting letters.',
  },
  size: {
    'zh-cn': '整张约 5 × 4 厘米，每格约 1 厘米见方',
    en: 'the sheet is about 5 × 4 cm, each square about 1 cm',
  },
  entry: 'lsd',
  poster: 'blotter-stamps',
  twin: 'postage-stamp',
  annotations: [
    {
      id: 'no-country',
      position: [-1.5, 2.5, 0.03],
      title: { 'zh-cn': '没有国名和面值', en: 'No country, no value' },
      text: {
        'zh-cn': '真邮票印着“中国邮政”和面值；这些小方格只有卡通或迷幻图案。',
        en: 'A real stamp shows its country and a value; these squares carry only cartoons or trippy patterns.',
      },
    },
    {
      id: 'squares',
      position: [0.5, 1, 0.03],
      title: { 'zh-cn': '整张分成小方格', en: 'A sheet of tiny squares' },
      text: {
        'zh-cn': '一整张纸被虚线分成许多指甲盖大小的格子，可以一格一格撕下来。',
        en: 'One sheet is scored into many fingernail-sized squares that tear off one at a time.',
      },
    },
    {
      id: 'torn',
      position: [1.9, 0.06, 1.6],
      normal: [0, 1, 0.2],
      title: { 'zh-cn': '别放进嘴里', en: 'Never put one in your mouth' },
      text: {
        'zh-cn': '纸片看不出异样，也没有气味；不要碰来路不明的纸片，交给老师、家长或警察。',
        en: 'The paper looks and smells normal; don’t touch unknown paper squares, hand them to a teacher, parent or the police.',
      },
    },
  ],
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
