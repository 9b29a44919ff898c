import { CylinderGeometry, TorusGeometry } from 'three';
import { assemble, glassy, matte, part, Pixels } from './kit';
import { axis, barrel, penCap, turned } from './highlighterPen';
import type { ModelDefinition } from './types';

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
  title: {
    'zh-cn': '伪装成荧光笔的“上头电子烟”',
    en: 'A “head-rush” vape disguised as a highlighter',
  },
  description: {
    'zh-cn':
      '一支淡紫色的小电子烟，外形和大小都像荧光笔：笔尖的位置是深灰色吸嘴，吸嘴后面是透明烟弹，能看到里面黄褐色的烟油，笔尾像套着带笔夹的笔帽，末端有一个指示灯。机身上没有品牌、厂家和中文健康警示语。前面还放着一个备用烟弹。这类烟油里可能被加入合成大麻素、依托咪酯等毒品。',
    en: 'A small lavender vape shaped and sized like a highlighter: where the tip should be there is a dark grey mouthpiece, behind it a clear pod showing yellow-brown liquid, and the back looks like a clipped pen cap with a small light at the end. There is no brand, maker or Chinese health warning on it. A spare pod lies in front. Liquid like this may have synthetic cannabinoids, etomidate or other drugs added.',
  },
  size: { 'zh-cn': '约 12 厘米长，和荧光笔差不多', en: 'about 12 cm long, like a highlighter' },
  entry: 'headrush-vape',
  poster: 'vape-pen',
  twin: 'highlighter-pen',
  annotations: [
    {
      id: 'mouthpiece',
      position: [-6.55, axis + 0.1, 0],
      normal: [-0.7, 0.2, 0.7],
      title: { 'zh-cn': '吸嘴代替笔尖', en: 'A mouthpiece, not a tip' },
      text: {
        'zh-cn': '荧光笔这一头是毡头笔尖，它却是一个吸嘴。',
        en: 'Where a highlighter has its felt tip, this one has a mouthpiece.',
      },
    },
    {
      id: 'pod',
      position: [-3.9, axis + 0.1, 0.8],
      normal: [0, 0.2, 1],
      title: { 'zh-cn': '黄褐色烟油', en: 'Yellow-brown liquid' },
      text: {
        'zh-cn': '透明烟弹里的烟油从近乎无色到黄褐色不等，可能掺有合成大麻素或依托咪酯。',
        en: 'The pod’s liquid ranges from almost clear to yellow-brown and may hold synthetic cannabinoids or etomidate.',
      },
    },
    {
      id: 'no-brand',
      position: [0.2, axis + 0.55, 0.58],
      normal: [0, 0.7, 0.7],
      title: { 'zh-cn': '没有品牌和警示语', en: 'No brand, no warning' },
      text: {
        'zh-cn': '合法电子烟印有品牌、厂家和中文健康警示语，它什么都没有。',
        en: 'A legal e-cigarette shows a brand, the maker and a Chinese health warning; this shows nothing.',
      },
    },
    {
      id: 'spare',
      position: [2.2, 1.0, 3.3],
      normal: [0, 1, 0.3],
      title: { 'zh-cn': '私下卖的烟弹', en: 'Pods sold privately' },
      text: {
        'zh-cn': '这类烟弹多在社交软件上私下卖、快递寄送，号称“解压”“上头”，价格高得离谱。',
        en: 'Such pods are sold privately on social apps and sent by courier, promising “stress relief” or a “head rush” at a steep price.',
      },
    },
  ],
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
