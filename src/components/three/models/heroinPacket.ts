import { DoubleSide, PlaneGeometry } from 'three';
import { assemble, matte, part, Pixels, seeded } from './kit';
import { moundGeometry, powderTexture, scatter } from './powder';
import type { ModelDefinition } from './types';

/** The paper: off-white, with the creases of a fold in thirds each way. */
function paperTexture() {
  const p = new Pixels(128, 128, '#f6f1e6');
  const random = seeded(11);
  for (let i = 0; i < 500; i++)
    p.rect(Math.floor(random() * 128), Math.floor(random() * 128), 2, 1, '#ece5d6');
  for (const line of [42, 85]) {
    p.rect(line, 0, 2, 128, '#d9d0bd');
    p.rect(0, line, 128, 2, '#d9d0bd');
  }
  return p.texture();
}

/** A 6 cm square of paper, creased in thirds, its four flaps springing half open. */
function paperGeometry() {
  const size = 6;
  const paper = new PlaneGeometry(size, size, 24, 24);
  paper.rotateX(-Math.PI / 2);
  const random = seeded(5);
  const position = paper.attributes['position']!;
  const crease = size / 6;
  for (let i = 0; i < position.count; i++) {
    const x = position.getX(i);
    const z = position.getZ(i);
    const liftX = Math.max(0, Math.abs(x) - crease) * (x > 0 ? 0.45 : 0.22);
    const liftZ = Math.max(0, Math.abs(z) - crease) * (z > 0 ? 0.12 : 0.55);
    const wrinkle = (random() - 0.5) * 0.05;
    position.setY(i, 0.02 + Math.max(liftX, liftZ) + wrinkle);
  }
  paper.computeVertexNormals();
  return paper;
}

export const heroinPacket: ModelDefinition = {
  id: 'heroin-packet',
  kind: 'drug',
  title: { 'zh-cn': '海洛因纸包', en: 'Heroin in a paper fold' },
  description: {
    'zh-cn':
      '一张折成小方包的纸被打开了一半，中间堆着一小撮米白到浅棕色的粉末，旁边散落着一些粉粒。纸包上没有任何文字。海洛因常用这样的小纸包、锡纸或小塑料袋分装，里面掺了什么、有多强，谁也说不清。',
    en: 'A small square paper fold, half opened, with a little heap of off-white to light-brown powder in the middle and a few grains spilled around it. There is no writing anywhere. Heroin is often split into little paper folds, foil or tiny plastic bags like this, and nobody can tell what it has been cut with or how strong it is.',
  },
  size: { 'zh-cn': '纸包约 6 × 6 厘米（展开后）', en: 'the paper is about 6 × 6 cm unfolded' },
  entry: 'heroin',
  poster: 'powder-packet',
  annotations: [
    {
      id: 'powder',
      position: [0, 0.82, 0],
      normal: [0, 1, 0.3],
      title: { 'zh-cn': '米白或棕色粉末', en: 'Off-white or brown powder' },
      text: {
        'zh-cn': '海洛因多是白色、米白或棕色的粉末，有时结成小颗粒。',
        en: 'Heroin is usually a white, off-white or brown powder, sometimes clumped into small grains.',
      },
    },
    {
      id: 'fold',
      position: [2.3, 0.75, 0.9],
      normal: [0.3, 1, 0.4],
      title: { 'zh-cn': '小纸包分装', en: 'A tiny paper fold' },
      text: {
        'zh-cn': '折好的小纸包、锡纸或小塑料袋，上面不写任何字，这本身就是危险信号。',
        en: 'A folded scrap of paper, foil or a tiny plastic bag with nothing written on it is a warning sign in itself.',
      },
    },
    {
      id: 'unknown',
      position: [-0.6, 0.1, 1.1],
      normal: [0, 1, 0.5],
      title: { 'zh-cn': '成分和浓度不明', en: 'Unknown strength' },
      text: {
        'zh-cn': '粉末里可能掺了其他东西，甚至芬太尼类物质，一次就可能致命。',
        en: 'The powder may be cut with other substances, even fentanyl-type drugs, so a single time can be fatal.',
      },
    },
  ],
  build: () => {
    const paper = part(
      'paper fold',
      paperGeometry(),
      matte('#ffffff', { map: paperTexture(), roughness: 0.85 }),
    );
    (paper.material as { side: number }).side = DoubleSide;
    paper.rotation.y = 0.35;
    const texture = powderTexture('#dccaa3', '#eee2c8', '#bfa57a', 3);
    texture.repeat.set(3, 3);
    const heap = part(
      'powder heap',
      moundGeometry(1.25, 0.8, 9),
      matte('#ffffff', { map: texture, roughness: 0.95 }),
    );
    heap.position.y = 0.03;
    return assemble(
      'heroin paper fold',
      paper,
      heap,
      scatter('#d8c59c', 140, [0.1, 0.03, 0.2], 1.1, 0.035, 4),
    );
  },
};
