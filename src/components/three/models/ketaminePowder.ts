import { assemble, matte, part } from './kit';
import { moundGeometry, pillowFace, powderTexture, scatter, zipBag } from './powder';
import type { ModelDefinition } from './types';

const bag = { width: 4.5, length: 6, puff: 0.75 };

export const ketaminePowder: ModelDefinition = {
  id: 'ketamine-powder',
  kind: 'drug',
  title: { 'zh-cn': '氯胺酮（K 粉）', en: 'Ketamine (“K powder”)' },
  description: {
    'zh-cn':
      '一个没有任何标签的透明小密封袋，里面装着白色的细粉，袋旁还倒出了一小堆同样的粉末。氯胺酮俗称“K 粉”，是白色结晶性粉末，很容易溶于水，也常被混进伪装成奶茶、咖啡的冲饮包，或偷偷放进别人的饮料。',
    en: 'A small clear zip bag with no label, holding fine white powder, with a little heap of the same powder tipped out beside it. Ketamine, called “K powder”, is a white crystalline powder that dissolves easily in water; it is also mixed into sachets disguised as milk tea or coffee, or slipped secretly into someone’s drink.',
  },
  size: { 'zh-cn': '小袋约 4.5 × 6 厘米', en: 'the bag is about 4.5 × 6 cm' },
  entry: 'ketamine',
  poster: 'ketamine-powder',
  annotations: [
    {
      id: 'powder',
      position: [4.3, 0.62, 0.8],
      normal: [0, 1, 0.3],
      title: { 'zh-cn': '白色结晶性粉末', en: 'White crystalline powder' },
      text: {
        'zh-cn': 'K 粉是细细的白色粉末，带一点晶体的光泽，入水就溶。',
        en: 'K powder is a fine white powder with a faint crystal sparkle, and it dissolves as soon as it meets water.',
      },
    },
    {
      id: 'bag',
      position: [0.4, 0.1, -2.45],
      normal: [0, 1, 0.2],
      title: { 'zh-cn': '无标签密封袋', en: 'An unlabelled zip bag' },
      text: {
        'zh-cn': '没有品名、厂家和说明，只是一个小透明袋：来历不明的粉末一律不要碰。',
        en: 'No name, maker or instructions, just a small clear bag: leave any powder of unknown origin alone.',
      },
    },
    {
      id: 'drinks',
      position: [-0.3, 0.7, 0.9],
      normal: [0, 1, 0.4],
      title: { 'zh-cn': '会藏进饮料里', en: 'Hidden in drinks' },
      text: {
        'zh-cn': '它能混进冲饮包或溶进酒水，别接受陌生人的粉末和饮料，饮料离开视线就别再喝。',
        en: 'It can be mixed into drink sachets or dissolved in a drink, so refuse powders and drinks from strangers and don’t drink anything left out of your sight.',
      },
    },
  ],
  build: () => {
    const texture = powderTexture('#f7f7f4', '#ffffff', '#e3e3de', 21);
    texture.repeat.set(4, 4);
    const powder = matte('#ffffff', { map: texture, roughness: 0.7 });
    const fill = part(
      'powder in the bag',
      pillowFace(bag.width * 0.88, bag.length * 0.72, 0.62),
      powder,
    );
    fill.position.z = bag.length * 0.12;
    const heap = part('heap of powder', moundGeometry(1.3, 0.55, 17), powder);
    heap.position.set(4.4, 0, 0.9);
    return assemble(
      'ketamine powder',
      zipBag('zip bag', bag.width, bag.length, bag.puff),
      fill,
      heap,
      scatter('#f4f4f0', 150, [4.2, 0, 1], 1.9, 0.03, 23, matte('#ffffff', { roughness: 0.35 })),
    );
  },
};
