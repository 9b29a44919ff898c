import { glassy, matte, Pixels } from './kit';
import { sachet } from './sachet';
import type { ModelDefinition } from './types';

/** The front of a real drink sachet: brand band, cup, ingredients label, barcode, licence box. */
function print() {
  const p = new Pixels(256, 384, '#f3e3c7');
  p.rect(0, 40, 256, 70, '#7a4a2a');
  p.circle(128, 190, 52, '#ffffff');
  p.circle(128, 190, 44, '#b07a4f');
  p.rect(92, 140, 72, 12, '#ffffff');
  p.rect(24, 262, 208, 96, '#ffffff');
  for (let line = 0; line < 4; line++) p.rect(36, 276 + line * 14, 120 - line * 12, 6, '#9a9a9a');
  for (let bar = 0; bar < 22; bar++)
    p.rect(168 + bar * 3, 276, bar % 3 === 0 ? 2 : 1, 50, '#111111');
  p.rect(168, 334, 52, 16, '#0b6e4f');
  return p.texture();
}

export const milkTeaOrdinary: ModelDefinition = {
  id: 'milk-tea-ordinary',
  kind: 'ordinary',
  title: { 'zh-cn': '普通奶茶冲调包', en: 'Ordinary milk-tea sachet' },
  description: {
    'zh-cn': '一包正规的奶茶冲调粉：封口整齐，印着品牌、配料表、条形码和以 SC 开头的生产许可证号。',
    en: 'A genuine milk-tea drink sachet: neatly sealed, printed with a brand, an ingredients list, a barcode and a production licence number starting “SC”.',
  },
  size: { 'zh-cn': '约 6 × 9 厘米', en: 'about 6 × 9 cm' },
  entry: 'milk-tea',
  poster: 'milk-tea-sachet',
  annotations: [
    {
      id: 'label',
      position: [-0.8, -2.6, 0.45],
      title: { 'zh-cn': '完整的标签', en: 'A full label' },
      text: {
        'zh-cn': '正规食品印有配料、厂家名称和地址、生产日期和保质期。',
        en: 'Real food lists ingredients, the maker’s name and address, and production and best-before dates.',
      },
    },
    {
      id: 'licence',
      position: [1.7, -3.6, 0.35],
      title: { 'zh-cn': 'SC 编号和条形码', en: 'SC number and barcode' },
      text: {
        'zh-cn': '在国内生产销售的食品都有以 SC 开头的生产许可证号，可以查到厂家。',
        en: 'Food made and sold in China carries a production licence number starting “SC”, which leads to the maker.',
      },
    },
  ],
  build: () =>
    sachet(
      'ordinary milk-tea sachet',
      matte('#ffffff', { map: print(), roughness: 0.45 }),
      matte('#e9d8bb'),
      glassy('#e9d8bb', 0.95),
    ),
};
