import { matte, Pixels } from './kit';
import {
  barcode,
  crimp,
  ellipse,
  licence,
  smallPrint,
  smile,
  star,
  text,
  textWidth,
  wave,
} from './paint';
import { frontZ, packet, type PacketOptions } from './packet';
import type { ModelDefinition } from './types';

/** A shop packet of popping candy, 5.5 × 8 cm. */
export const candyPacket: PacketOptions = { width: 5.5, height: 8, depth: 0.7, seal: 0.8 };
const W = 256;
const H = 372;

/** The front: brand oval, starburst, smiling sweet, then net weight, barcode and licence. */
function front() {
  const p = new Pixels(W, H, '#5bb8e8');
  crimp(p, 0, 37, 8, '#3c8fc0');
  crimp(p, H - 37, 37, 8, '#3c8fc0');
  p.rect(0, 37, W, 3, '#23313f');
  p.rect(0, H - 40, W, 3, '#23313f');
  // brand oval with the name in pink
  ellipse(p, 128, 82, 100, 30, '#23313f');
  ellipse(p, 128, 82, 96, 27, '#ffffff');
  const brand = 'POPJOY';
  text(p, 128 - textWidth(brand, 5) / 2, 65, brand, 5, '#e8457c');
  wave(p, 60, 196, 104, 2, 2, 3, '#ffb3cf');
  // starburst and the candy mascot
  star(p, 128, 190, 76, 56, 14, '#ffe066');
  p.circle(128, 190, 42, '#23313f');
  p.circle(128, 190, 39, '#ff7faf');
  ellipse(p, 112, 172, 10, 6, '#ffc2da');
  p.circle(113, 184, 5, '#23313f');
  p.circle(143, 184, 5, '#23313f');
  p.circle(115, 182, 1.6, '#ffffff');
  p.circle(145, 182, 1.6, '#ffffff');
  smile(p, 128, 196, 13, 3, '#23313f');
  p.circle(104, 198, 5, '#ff4f8f');
  p.circle(152, 198, 5, '#ff4f8f');
  // flavour ribbon
  p.rect(40, 256, 176, 20, '#e8457c');
  text(p, 128 - textWidth('STRAWBERRY', 2) / 2, 259, 'STRAWBERRY', 2, '#ffffff');
  // the small print a real sweet carries: net weight, licence number, barcode
  p.rect(14, 284, 228, 48, '#ffffff');
  text(p, 20, 289, 'NET 5G', 2, '#23313f');
  smallPrint(p, 20, 303, 112, 2, 6, '#8d99a6', 4);
  licence(p, 20, 318, 1);
  barcode(p, 150, 286, 88, 44, 5);
  return p.texture();
}

/** The back: ingredients, maker and address, dates, storage, licence number, barcode. */
function back() {
  const p = new Pixels(W, H, '#5bb8e8');
  crimp(p, 0, 37, 8, '#3c8fc0');
  crimp(p, H - 37, 37, 8, '#3c8fc0');
  p.rect(20, 56, 216, 260, '#ffffff');
  text(p, 30, 66, 'POPJOY', 3, '#e8457c');
  smallPrint(p, 30, 96, 196, 6, 8, '#6b7785', 11);
  p.rect(30, 148, 196, 2, '#c8d0d8');
  smallPrint(p, 30, 158, 196, 5, 8, '#6b7785', 12);
  p.rect(30, 204, 196, 30, '#eef4f8');
  smallPrint(p, 36, 210, 180, 3, 7, '#8d99a6', 13);
  licence(p, 30, 244, 2);
  barcode(p, 120, 262, 106, 48, 8);
  return p.texture();
}

export const poppingCandyOrdinary: ModelDefinition = {
  id: 'popping-candy-ordinary',
  kind: 'ordinary',
  title: { 'zh-cn': '普通跳跳糖', en: 'Ordinary popping candy' },
  description: {
    'zh-cn':
      '一小包在商店买到的跳跳糖：包装印刷清晰，有品牌标志和口味，正面印着净含量、条形码和以 SC 开头的生产许可证号，背面是配料表、厂家名称地址和生产日期，封口是整齐的机器压纹。',
    en: 'A small packet of popping candy from a shop: sharp printing with a brand logo and flavour, the net weight, a barcode and a production licence number starting “SC” on the front, and the ingredients, maker’s name and address and production date on the back. The ends are neatly machine-crimped.',
  },
  size: { 'zh-cn': '约 5.5 × 8 厘米', en: 'about 5.5 × 8 cm' },
  entry: 'popping-candy',
  poster: 'popping-candy',
  annotations: [
    {
      id: 'brand',
      position: [0, 6.25, frontZ(candyPacket, 0, 6.25)],
      title: { 'zh-cn': '清晰的品牌', en: 'A clear brand' },
      text: {
        'zh-cn': '正规商品印着能查到的品牌，图案和文字清楚，颜色对得很准。',
        en: 'A real product names a brand you can look up, with crisp pictures and colours that line up.',
      },
    },
    {
      id: 'licence',
      position: [0.8, 1.35, frontZ(candyPacket, 0.8, 1.35)],
      title: { 'zh-cn': 'SC 编号和条形码', en: 'SC number and barcode' },
      text: {
        'zh-cn': '包装上有净含量、条形码和以 SC 开头的食品生产许可证号。',
        en: 'The packet shows the net weight, a barcode and a food production licence number starting “SC”.',
      },
    },
    {
      id: 'label',
      position: [0, 4, -frontZ(candyPacket, 0, 4)],
      normal: [0, 0, -1],
      title: { 'zh-cn': '背面完整标签', en: 'A full label on the back' },
      text: {
        'zh-cn': '背面写着配料、厂家名称和地址、生产日期和保质期。',
        en: 'The back lists the ingredients, the maker’s name and address, the production date and shelf life.',
      },
    },
    {
      id: 'seal',
      position: [-1.6, 7.7, 0.04],
      normal: [0, 0.4, 1],
      title: { 'zh-cn': '整齐的封口', en: 'A neat factory seal' },
      text: {
        'zh-cn': '两端是机器压出的整齐齿纹，没有被拆开或重新封过的痕迹。',
        en: 'Both ends have even, machine-pressed teeth with no sign of being opened and sealed again.',
      },
    },
  ],
  build: () =>
    packet(
      'ordinary popping-candy packet',
      candyPacket,
      matte('#ffffff', { map: front(), roughness: 0.35 }),
      matte('#ffffff', { map: back(), roughness: 0.35 }),
      matte('#4a9fcc', { roughness: 0.4 }),
    ),
};
