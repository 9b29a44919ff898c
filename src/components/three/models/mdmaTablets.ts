import { assemble, seeded } from './kit';
import { imprintTexture, marks, tabletGeometry, tabletMaterial, tablets } from './tablets';
import type { ModelDefinition } from './types';

const diameter = 0.95;

/** Three kinds of pill, each with its own logo, lying loose in one small group. */
const kinds = [
  {
    name: 'pink star pills',
    mark: marks.star,
    colours: ['#f59bc2', '#ef86b4'],
    width: 0.09,
    count: 6,
  },
  {
    name: 'blue and green crown pills',
    mark: marks.crown,
    colours: ['#8cc8f0', '#86d69a'],
    width: 0.1,
    count: 5,
  },
  {
    name: 'yellow smiley pills',
    mark: marks.smiley,
    colours: ['#f7d65a', '#f2c94c'],
    width: 0.085,
    count: 5,
  },
];

export const mdmaTablets: ModelDefinition = {
  id: 'mdma-tablets',
  kind: 'drug',
  title: { 'zh-cn': '摇头丸（MDMA）', en: 'Ecstasy pills (MDMA)' },
  description: {
    'zh-cn':
      '一小堆散放的彩色药片：粉色的压着星星，蓝色和绿色的压着皇冠，黄色的压着笑脸。没有包装、没有说明，看起来像可爱的糖片。摇头丸的主要成分是 MDMA，常做成各种颜色和形状、压印卡通或标志图案，在聚会上被当成“糖”递给别人，里面还可能混有冰毒、氯胺酮等其他毒品。',
    en: 'A small group of loose coloured pills: pink ones pressed with a star, blue and green ones with a crown and yellow ones with a smiley face. There is no packaging and no leaflet, and they look like cute sweets. Ecstasy is mainly MDMA, pressed into pills of every colour and shape with cartoons or logos stamped on them and handed round at parties as “sweets”; they may also contain meth, ketamine or other drugs.',
  },
  size: { 'zh-cn': '每片直径约 0.95 厘米', en: 'each pill is about 0.95 cm across' },
  entry: 'mdma',
  poster: 'logo-tablets',
  twin: 'mint-candy',
  annotations: [
    {
      id: 'logo',
      position: [-0.55, 0.45, 0.55],
      normal: [0, 1, 0.2],
      title: { 'zh-cn': '压印的图案', en: 'A logo pressed in' },
      text: {
        'zh-cn': '星星、皇冠、笑脸等卡通或标志图案压在药片表面，是摇头丸常见的样子。',
        en: 'Stars, crowns, smiley faces and other cartoons or logos pressed into the face are typical of ecstasy pills.',
      },
    },
    {
      id: 'colours',
      position: [1.3, 0.45, -0.8],
      normal: [0, 1, 0.2],
      title: { 'zh-cn': '颜色五花八门', en: 'All sorts of colours' },
      text: {
        'zh-cn': '粉、蓝、黄、绿等鲜艳颜色，让它们看起来像糖果。',
        en: 'Pink, blue, yellow, green: bright colours make them look like sweets.',
      },
    },
    {
      id: 'loose',
      position: [0.9, 0.45, 1.4],
      normal: [0, 1, 0.4],
      title: { 'zh-cn': '散装，没有包装', en: 'Loose, no packaging' },
      text: {
        'zh-cn':
          '真正的薄荷糖装在印着品牌和配料表的盒子里，摇头丸多是散装的。聚会上递来的“糖”要拒绝。',
        en: 'Real mints come in a box printed with a brand and ingredients; ecstasy pills are usually loose. Refuse “sweets” offered at parties.',
      },
    },
  ],
  build: () => {
    const random = seeded(81);
    const geometry = tabletGeometry(diameter, 0.4, 0.35, 16);
    // a loose spiral of spots, shuffled between the three kinds
    const spots = Array.from({ length: 16 }, (_, k) => {
      const angle = k * 2.39996;
      const reach = 0.45 + Math.sqrt(k) * 0.8;
      return { x: Math.cos(angle) * reach, z: Math.sin(angle) * reach * 0.85 };
    });
    let next = 0;
    const meshes = kinds.map((kind) => {
      const mine = spots.slice(next, next + kind.count);
      next += kind.count;
      return tablets(
        kind.name,
        geometry,
        tabletMaterial(imprintTexture(kind.mark, kind.width, 0.62), 0.55),
        kind.count,
        (i, dummy) => {
          const s = mine[i]!;
          const leaning = i === 1;
          dummy.position.set(s.x, leaning ? 0.22 : 0, s.z);
          dummy.rotation.set(
            leaning ? 0.35 : (random() - 0.5) * 0.05,
            random() * 0.8 - 0.4,
            0,
            'YXZ',
          );
        },
        (i) => kind.colours[i % 2]!,
      );
    });
    return assemble('ecstasy pills', ...meshes);
  },
};
