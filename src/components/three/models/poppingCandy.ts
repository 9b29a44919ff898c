import { assemble, matte, Pixels } from './kit';
import { crimp, ellipse, smile, star, stroke, text } from './paint';
import { colouredSpill, frontZ, packet, type PacketOptions } from './packet';
import type { ModelDefinition } from './types';

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
  crimp(p, 0, 37, 9, '#3aa9a3');
  crimp(p, H - 37, 37, 9, '#3aa9a3');
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
  crimp(p, 0, 10, 3, '#3aa9a3');
  crimp(p, 86, 10, 3, '#3aa9a3');
  return p.texture();
}

export const poppingCandy: ModelDefinition = {
  id: 'popping-candy',
  kind: 'disguise',
  title: { 'zh-cn': '“跳跳糖”伪装的毒品', en: 'Drugs disguised as popping candy' },
  description: {
    'zh-cn':
      '一小包看起来像跳跳糖的东西：卡通图案是仿的，印刷模糊、颜色错位，包装上找不到厂家、生产日期、配料表、条形码和 SC 编号，顶端封口歪歪扭扭，像被拆开后重新热封过。旁边洒出的彩色颗粒里可能混有几种毒品，每批成分都可能不同。',
    en: 'A small packet that looks like popping candy: the cartoon design is copied, the printing is blurry and out of register, and there is no maker, production date, ingredients, barcode or SC number. The top seal is crooked, as if it was opened and heat-sealed again. The coloured granules spilled beside it may hold several drugs, and the mix can change from batch to batch.',
  },
  size: {
    'zh-cn': '约 5.5 × 8 厘米，和普通跳跳糖差不多',
    en: 'about 5.5 × 8 cm, like an ordinary packet of popping candy',
  },
  entry: 'popping-candy',
  poster: 'popping-candy-drug',
  twin: 'popping-candy-ordinary',
  annotations: [
    {
      id: 'cartoon',
      position: [-1.3, 4.3, frontZ(fakePacket, -1.3, 4.3)],
      title: { 'zh-cn': '仿冒的卡通包装', en: 'Copied cartoon print' },
      text: {
        'zh-cn': '可爱的图案让人以为是零食，但印刷模糊、颜色错位，品牌也是仿的。',
        en: 'Cute pictures make it look like a snack, but the print is blurry, the colours slip and the brand is a copy.',
      },
    },
    {
      id: 'no-label',
      position: [0.3, 1.5, frontZ(fakePacket, 0.3, 1.5)],
      title: { 'zh-cn': '没有标签和 SC 编号', en: 'No label or SC number' },
      text: {
        'zh-cn': '没有厂家、生产日期、配料表、条形码和 SC 编号，来路不明，不要吃。',
        en: 'No maker, production date, ingredients, barcode or SC number: nobody answers for it, so don’t eat it.',
      },
    },
    {
      id: 'reseal',
      position: [1.2, 7.4, 0.04],
      normal: [0, 0.4, 1],
      title: { 'zh-cn': '重新封过的口', en: 'Opened and resealed' },
      text: {
        'zh-cn': '封口歪斜、颜色发暗，像被拆开后又热封过一次。',
        en: 'The crooked, darker seal looks as if the packet was opened and heat-sealed again.',
      },
    },
    {
      id: 'granules',
      position: [3.5, 0.25, 1.25],
      normal: [0, 1, 0.3],
      title: { 'zh-cn': '彩色颗粒', en: 'Coloured granules' },
      text: {
        'zh-cn': '颜色、气味和熟悉的跳跳糖不一样，里面可能混着几种毒品。',
        en: 'Colours and smell differ from the candy you know, and several drugs may be mixed in.',
      },
    },
  ],
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
