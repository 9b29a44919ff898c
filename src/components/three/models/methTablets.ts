import { assemble, seeded } from './kit';
import { bagHeight, zipBag } from './powder';
import { imprintTexture, marks, tabletGeometry, tabletMaterial, tablets } from './tablets';
import type { ModelDefinition } from './types';

const bag = { width: 4.6, length: 6, puff: 0.75 };
const diameter = 0.65;
const colours = ['#e0503a', '#ee7a34', '#d43f3a', '#f08a3e'];

/** Tablets in the bag: a jittered bottom layer and a few on top, then a few spilled outside. */
function layout() {
  const random = seeded(61);
  const spots: { x: number; y: number; z: number; tilt: number; turn: number }[] = [];
  for (let row = 0; row < 6; row++)
    for (let col = 0; col < 5; col++) {
      if (random() < 0.15) continue;
      const x = -1.45 + col * 0.72 + (row % 2) * 0.3 + (random() - 0.5) * 0.12;
      const z = -1.5 + row * 0.7 + (random() - 0.5) * 0.12;
      spots.push({ x, y: 0.03, z, tilt: (random() - 0.5) * 0.2, turn: random() * 6.3 });
    }
  for (let k = 0; k < 12; k++) {
    const x = (random() - 0.5) * 2.8;
    const z = -1.2 + random() * 3.2;
    const y = Math.min(0.33, bagHeight(x, z, bag.width, bag.length, bag.puff) - 0.35);
    spots.push({ x, y: Math.max(0.2, y), z, tilt: 0.3 + random() * 0.3, turn: random() * 6.3 });
  }
  const inside = spots.length;
  for (let k = 0; k < 6; k++)
    spots.push({
      x: 3.2 + (random() - 0.3) * 1.6,
      y: 0,
      z: -0.2 + k * 0.45 + (random() - 0.5) * 0.3,
      tilt: k === 2 ? 0.25 : 0,
      turn: random() * 6.3,
    });
  return { spots, inside };
}

export const methTablets: ModelDefinition = {
  id: 'meth-tablets',
  kind: 'drug',
  title: { 'zh-cn': '麻古（冰毒片剂）', en: 'Yaba (meth tablets)' },
  description: {
    'zh-cn':
      '一个没有标签的透明小密封袋，装满玫瑰红和橘红色的小圆药片，还夹着一两粒苹果绿的，袋外散落几粒。每片只有普通药片大小，表面压印着“WY”字样。麻古以冰毒为主要成分，加了色素和香料，看起来像糖豆，危害和冰毒一样。',
    en: 'A small clear zip bag with no label, full of little round rose-red and orange tablets with the odd apple-green one, and a few more spilled outside. Each is the size of an ordinary pharmacy pill and stamped “WY”. Yaba is mostly methamphetamine with dyes and flavourings added, so it looks like sweets, but it is as harmful as ice.',
  },
  size: {
    'zh-cn': '每片直径约 0.65 厘米，小袋约 4.6 × 6 厘米',
    en: 'each tablet is about 0.65 cm across; the bag is about 4.6 × 6 cm',
  },
  entry: 'meth-tablets',
  poster: 'red-tablets',
  twin: 'candy-tablets',
  annotations: [
    {
      id: 'imprint',
      position: [3.55, 0.32, 0.7],
      normal: [0, 1, 0.3],
      title: { 'zh-cn': '压印“WY”字样', en: 'Stamped “WY”' },
      text: {
        'zh-cn': '麻古表面常压有“WY”“R”“66”等字母或数字。',
        en: 'Yaba tablets are often stamped with letters or numbers such as “WY”, “R” or “66”.',
      },
    },
    {
      id: 'colours',
      position: [-0.6, 0.55, 0.6],
      normal: [0, 1, 0.4],
      title: { 'zh-cn': '鲜艳的红、橘、绿色', en: 'Bright red, orange, green' },
      text: {
        'zh-cn': '加了色素和香料，颜色鲜艳、闻着发甜，容易被当成糖果。',
        en: 'Dyes and flavourings make them bright and sweet-smelling, so they are easily taken for sweets.',
      },
    },
    {
      id: 'loose',
      position: [0.4, 0.12, -2.45],
      normal: [0, 1, 0.2],
      title: { 'zh-cn': '散装在小袋里', en: 'Loose in a small bag' },
      text: {
        'zh-cn': '没有品牌、配料表和保质期，只是一小袋散装药片。',
        en: 'No brand, ingredients list or best-before date, just loose tablets in a little bag.',
      },
    },
  ],
  build: () => {
    const { spots } = layout();
    const pills = tablets(
      'yaba tablets',
      tabletGeometry(diameter, 0.28, 0.3, 14),
      tabletMaterial(imprintTexture(marks.pair(marks.W, marks.Y), 0.11, 0.66), 0.45),
      spots.length,
      (i, dummy) => {
        const s = spots[i]!;
        dummy.position.set(s.x, s.y, s.z);
        dummy.rotation.set(s.tilt, s.turn, 0, 'YXZ');
      },
      (i) => (i % 13 === 6 ? '#7cc04a' : colours[i % 4]!),
    );
    return assemble(
      'yaba in a zip bag',
      pills,
      zipBag('zip bag', bag.width, bag.length, bag.puff, 0.22),
    );
  },
};
