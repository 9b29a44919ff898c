import { glassy, matte, Pixels } from './kit';
import { sachet, spill } from './sachet';
import type { ModelDefinition } from './types';

/** The front of a disguised sachet: loud cartoon print, colours off register, no label, no barcode. */
function print() {
  const p = new Pixels(256, 384, '#ffd2e4');
  p.rect(10, 30, 256, 80, '#ff5fa2');
  p.rect(0, 24, 246, 80, '#6a3cff');
  p.circle(120, 200, 70, '#ffe14d');
  p.circle(96, 186, 10, '#222222');
  p.circle(146, 186, 10, '#222222');
  p.ring(122, 214, 30, 6, '#222222');
  p.rect(92, 196, 62, 18, '#ffe14d');
  p.circle(200, 300, 30, '#4dd2ff');
  p.circle(52, 320, 22, '#7dff6a');
  // the torn corner: film folded back
  p.rect(208, 0, 48, 30, '#a06b8a');
  return p.texture();
}

export const milkTeaDisguise: ModelDefinition = {
  id: 'milk-tea-sachet',
  kind: 'disguise',
  title: { 'zh-cn': '“奶茶”包装的毒品', en: 'Drugs in a “milk tea” sachet' },
  description: {
    'zh-cn':
      '看起来像奶茶冲调包，印着鲜艳的卡通图案，颜色套印错位，没有配料表、厂家、条形码和 SC 编号。撕开的一角漏出彩色颗粒。这类“奶茶”里可能混有冰毒、氯胺酮或摇头丸成分。',
    en: 'It looks like a milk-tea sachet with bright cartoon print, but the colours are out of register and there is no ingredients list, maker, barcode or SC number. Coloured granules spill from a torn corner. Such “milk tea” may contain methamphetamine, ketamine or ecstasy.',
  },
  size: {
    'zh-cn': '约 6 × 9 厘米，和普通冲调包一样',
    en: 'about 6 × 9 cm, like an ordinary sachet',
  },
  entry: 'milk-tea',
  poster: 'milk-tea-sachet-drug',
  twin: 'milk-tea-ordinary',
  annotations: [
    {
      id: 'cartoon',
      position: [-0.4, 0.6, 0.45],
      title: { 'zh-cn': '卡通包装', en: 'Cartoon packaging' },
      text: {
        'zh-cn': '花哨的卡通图案是为了让人放松警惕，看起来像零食。',
        en: 'Bright cartoon print is there to make it look like a harmless snack.',
      },
    },
    {
      id: 'no-label',
      position: [0, -3, 0.35],
      title: { 'zh-cn': '没有标签和 SC 编号', en: 'No label, no SC number' },
      text: {
        'zh-cn': '找不到配料、厂家、生产日期和 SC 编号：来路不明，别冲来喝。',
        en: 'No ingredients, maker, dates or SC number: nobody stands behind it, so don’t drink it.',
      },
    },
    {
      id: 'granules',
      position: [2.2, 4.6, 0.2],
      normal: [0, 1, 0.4],
      title: { 'zh-cn': '彩色颗粒', en: 'Coloured granules' },
      text: {
        'zh-cn': '里面不是均匀的奶茶粉，而是混着彩色颗粒或晶体。',
        en: 'Inside there is no even milk-tea powder but coloured granules or crystals.',
      },
    },
  ],
  build: () => {
    const model = sachet(
      'disguised milk-tea sachet',
      matte('#ffffff', { map: print(), roughness: 0.4 }),
      matte('#ffd2e4'),
      glassy('#f7c6db', 0.95),
    );
    model.add(spill('#ff8ac4', 160, [2.2, 4.7, 0.1], 7));
    return model;
  },
};
