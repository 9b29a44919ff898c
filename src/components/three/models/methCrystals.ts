import { assemble, glassy } from './kit';
import { bagHeight, crystals, zipBag } from './powder';
import type { ModelDefinition } from './types';

const bag = { width: 4, length: 5.5, puff: 0.95 };

/** Where a crystal lies: inside the bag (most of them) or spilled to its right. */
function spot(index: number, random: () => number, inside: boolean) {
  const length = 0.7 + random() * 1.1;
  const thickness = 0.28 + random() * 0.34;
  const turn: [number, number, number] = [
    random() * Math.PI,
    random() * Math.PI,
    (random() - 0.5) * 0.6,
  ];
  if (inside) {
    const x = (random() - 0.5) * bag.width * 0.68;
    const z = -bag.length * 0.2 + random() * bag.length * 0.6;
    const room = bagHeight(x, z, bag.width, bag.length, bag.puff);
    const y = 0.08 + (index % 2 === 0 ? 0.12 : 0.38) * room;
    return { length, thickness, at: [x, y, z] as [number, number, number], turn };
  }
  return {
    length: length * 0.9,
    thickness,
    at: [2.7 + random() * 1.6, thickness * 0.35, -0.6 + random() * 2.8] as [number, number, number],
    turn: [random() * Math.PI, random() * Math.PI, 0] as [number, number, number],
  };
}

export const methCrystals: ModelDefinition = {
  id: 'meth-crystals',
  kind: 'drug',
  title: { 'zh-cn': '冰毒晶体', en: 'Methamphetamine crystals (“ice”)' },
  description: {
    'zh-cn':
      '一个没有标签的透明小密封袋，装着无色到白色、像碎玻璃或冰块一样的长条状晶体，袋外还散落着几块。冰毒（甲基苯丙胺）常是这样的晶体，和冰糖看起来很像，只凭外观无法可靠分辨，来源不明的晶体不要碰。',
    en: 'A small clear zip bag with no label, holding clear-to-white crystal shards that look like broken glass or ice, with a few lying outside it. Methamphetamine (“ice”) often looks like this and can resemble rock sugar, so appearance is not a reliable test: leave crystals of unknown origin alone.',
  },
  size: {
    'zh-cn': '小袋约 4 × 5.5 厘米，晶体长约 0.5～1.4 厘米',
    en: 'the bag is about 4 × 5.5 cm; the crystals are about 0.5–1.4 cm long',
  },
  entry: 'methamphetamine',
  poster: 'ice-crystals',
  twin: 'rock-sugar',
  annotations: [
    {
      id: 'crystals',
      position: [3.3, 0.3, 0.9],
      normal: [0.2, 1, 0.4],
      title: { 'zh-cn': '像碎玻璃的晶体', en: 'Crystals like broken glass' },
      text: {
        'zh-cn': '无色透明或白色的块状、长条状晶体，看上去像冰、冰糖或碎玻璃，通常没有气味。',
        en: 'Clear or white chunky, splinter-like crystals that look like ice, rock sugar or broken glass, usually with no smell.',
      },
    },
    {
      id: 'bag',
      position: [0.3, 0.12, -2.2],
      normal: [0, 1, 0.2],
      title: { 'zh-cn': '无标签小密封袋', en: 'Small unlabelled zip bag' },
      text: {
        'zh-cn':
          '没有品名、厂家和日期，只有一个小小的透明袋。正规的冰糖都装在印好标签的食品包装里。',
        en: 'No product name, maker or date, just a tiny clear bag. Real rock sugar comes in printed, labelled food packaging.',
      },
    },
    {
      id: 'dont-test',
      position: [-0.6, 0.75, 0.8],
      normal: [0, 1, 0.4],
      title: { 'zh-cn': '别尝别闻', en: 'Never taste or sniff' },
      text: {
        'zh-cn': '只看样子分不出真假，不要尝、不要闻，交给老师、家长或警察处理。',
        en: 'Looks alone cannot tell them apart; don’t taste or sniff, hand it to a teacher, parent or the police.',
      },
    },
  ],
  build: () =>
    assemble(
      'meth crystals',
      zipBag('zip bag', bag.width, bag.length, bag.puff, 0.2),
      crystals('clear crystals', glassy('#d8e6f0', 0.62), 31, 24, (i, random) =>
        spot(i, random, i < 20),
      ),
      crystals('white crystals', glassy('#f6f8fa', 0.9), 37, 9, (i, random) =>
        spot(i, random, i < 6),
      ),
    ),
};
