import {
  BoxGeometry,
  CircleGeometry,
  DoubleSide,
  LatheGeometry,
  MeshStandardMaterial,
  SphereGeometry,
  Vector2,
  Vector3,
} from 'three';
import { assemble, matte, part, Pixels, seeded } from './kit';
import {
  leafGeometry,
  leafMaterial,
  leafTexture,
  mergePlaced,
  orient,
  stemGeometry,
  type Placed,
} from './leaves';
import type { ModelDefinition } from './types';
import { withWords } from './words';
import words from './words/opiumPoppy.json';

/** Where the flower and the seed pod sit (tops of their stems). */
const flowerAt = new Vector3(-3, 50, 1.5);
const podAt = new Vector3(4.5, 44, -1);

/** A broad leaf, wide where it clasps the stem and narrowing to a blunt tip. */
const clasping = (t: number) =>
  (0.8 + 0.35 * Math.sin(Math.PI * Math.min(1, t * 1.3))) * (1 - t ** 2.5);

/** A red petal with the dark blotch at its base. */
function petalTexture() {
  const p = new Pixels(64, 64, '#d8322b');
  for (let y = 0; y < 64; y++) {
    const t = 1 - y / 64;
    if (t < 0.9) p.rect(0, y, 64, 1, t < 0.5 ? '#d8322b' : '#e0453a');
  }
  p.circle(32, 70, 22, '#2a1420');
  p.circle(32, 70, 17, '#1c0f17');
  return p.texture();
}

/** The seed pod: round and plump, on a short neck. */
function podGeometry() {
  const points: Vector2[] = [];
  for (let k = 0; k <= 12; k++) {
    const t = k / 12;
    const r =
      1.55 * Math.sin(Math.PI * (0.08 + 0.92 * t)) ** 0.85 * (t < 0.15 ? 0.45 + t * 3.6 : 1);
    points.push(new Vector2(Math.max(0.25, r), t * 3.4));
  }
  points.push(new Vector2(0.9, 3.45), new Vector2(0, 3.5));
  return new LatheGeometry(points, 20);
}

/** The crown on top of the pod: a flat disc with raised rays, like a little star. */
function crownGeometry(at: Vector3, radius: number, rays: number) {
  const pieces: Placed[] = [];
  const disc = new CircleGeometry(radius * 0.75, 18);
  disc.rotateX(-Math.PI / 2);
  disc.translate(at.x, at.y + 0.02, at.z);
  pieces.push({ geometry: disc.toNonIndexed() });
  for (let k = 0; k < rays; k++) {
    const ray = new BoxGeometry(0.14, 0.16, radius).toNonIndexed();
    ray.translate(0, 0.08, radius / 2);
    ray.rotateY((k / rays) * Math.PI * 2);
    ray.translate(at.x, at.y, at.z);
    pieces.push({ geometry: ray });
  }
  for (const piece of pieces) piece.geometry.deleteAttribute('uv');
  return mergePlaced(pieces);
}

export const opiumPoppy: ModelDefinition = {
  id: 'opium-poppy',
  kind: 'plant',
  ...withWords(words, [
    {
      id: 'flower',
      position: [flowerAt.x, flowerAt.y + 2.6, flowerAt.z + 2.6],
      normal: [0, 0.5, 1],
    },
    { id: 'pod', position: [podAt.x, podAt.y + 3.75, podAt.z + 0.4], normal: [0, 1, 0.4] },
    { id: 'leaves', position: [-3.3, 5.6, 4.5], normal: [0, 1, 0.6] },
    { id: 'stem', position: [0.75, 28, 0.4], normal: [0.6, 0, 1] },
  ]),
  entry: 'opium-poppy',
  poster: 'poppy',
  build: () => {
    const random = seeded(111);
    const stems: Placed[] = [];
    const blades: Placed[] = [];
    const flowerStem = [
      new Vector3(0, 0, 0),
      new Vector3(0.6, 18, 0.3),
      new Vector3(-1, 36, 1),
      flowerAt.clone().add(new Vector3(0, -0.6, 0)),
    ];
    const podStem = [
      new Vector3(0.4, 0, -0.2),
      new Vector3(1.4, 16, -0.4),
      new Vector3(3.4, 32, -1),
      podAt.clone().add(new Vector3(0, -0.2, 0)),
    ];
    const budTop = new Vector3(-7, 38, -1.5);
    const budStem = [
      new Vector3(0.2, 12, 0.1),
      new Vector3(-3, 26, -0.6),
      new Vector3(-6.2, 38.6, -1.3),
      new Vector3(-7.2, 39.2, -1.5),
      budTop,
    ];
    stems.push({ geometry: stemGeometry(flowerStem, 0.55, 0.6, 7, 16) });
    stems.push({ geometry: stemGeometry(podStem, 0.5, 0.6, 7, 16) });
    stems.push({ geometry: stemGeometry(budStem, 0.32, 0.7, 6, 12) });
    // leaves clasping the stems, largest low down
    const leaf = (at: Vector3, azimuth: number, length: number) => {
      const geometry = leafGeometry({
        length,
        width: length * 0.55,
        outline: clasping,
        teeth: 5,
        toothDepth: 0.14,
        toothShape: 'round',
        columns: 5,
        fold: 0.22,
        droop: length * 0.3,
      });
      const direction = new Vector3(Math.cos(azimuth), 0.75, Math.sin(azimuth));
      blades.push({ geometry, matrix: orient(at, direction, (random() - 0.5) * 0.4) });
    };
    for (let k = 0; k < 6; k++) leaf(new Vector3(0.1, 1 + k * 0.6, 0), k * 1.9 + 0.3, 15 - k * 0.6);
    const along = (points: Vector3[], t: number) => points[0]!.clone().lerp(points[1]!, t);
    leaf(along(flowerStem, 0.5), 2.2, 11);
    leaf(along(flowerStem, 0.95), 0.9, 9);
    leaf(along(podStem, 0.6), -0.6, 10);
    leaf(along(podStem, 1).lerp(podStem[2]!, 0.5), 3.7, 8);
    const leafTex = leafTexture({ blade: '#7f9f86', vein: '#a3b9a3', veins: 6, outline: clasping });
    // the flower: four cupped petals round the young pod and its ring of stamens
    const petals: Placed[] = [];
    for (let k = 0; k < 4; k++) {
      const azimuth = (k * Math.PI) / 2 + 0.4 + (k % 2) * 0.08;
      const geometry = leafGeometry({
        length: 5.2,
        width: 6,
        outline: (t) =>
          Math.sin(Math.PI * Math.min(1, 0.15 + t * 0.85)) ** 0.5 * (t < 0.2 ? 0.4 + t * 3 : 1),
        columns: 5,
        rows: 10,
        fold: 0.25,
        droop: -1.2,
      });
      const up = k % 2 === 0 ? 0.9 : 1.15;
      const direction = new Vector3(Math.cos(azimuth), up, Math.sin(azimuth));
      const base = flowerAt
        .clone()
        .add(new Vector3(Math.cos(azimuth) * 0.3, 0.2 + (k % 2) * 0.15, Math.sin(azimuth) * 0.3));
      petals.push({ geometry, matrix: orient(base, direction, 0, new Vector3(0, 1, 0)) });
    }
    const stamens: Placed[] = [];
    for (let k = 0; k < 28; k++) {
      const a = (k / 28) * Math.PI * 2;
      const stamen = new BoxGeometry(0.07, 0.9, 0.07);
      stamen.translate(0, 0.45, 0);
      stamen.rotateZ(-0.5);
      stamen.rotateY(-a);
      stamen.translate(
        flowerAt.x + Math.cos(a) * 0.55,
        flowerAt.y + 0.3,
        flowerAt.z + Math.sin(a) * 0.55,
      );
      stamens.push({ geometry: stamen });
    }
    const youngPod = podGeometry()
      .scale(0.42, 0.42, 0.42)
      .translate(flowerAt.x, flowerAt.y + 0.1, flowerAt.z);
    const pod = podGeometry().translate(podAt.x, podAt.y, podAt.z);
    const bud = new SphereGeometry(1, 14, 10)
      .scale(0.8, 1.4, 0.8)
      .translate(budTop.x, budTop.y - 1.2, budTop.z);
    const green = matte('#86a98a', { roughness: 0.6 });
    const petalMaterial = new MeshStandardMaterial({
      map: petalTexture(),
      roughness: 0.35,
      side: DoubleSide,
    });
    const ground = new CircleGeometry(7, 24);
    ground.rotateX(-Math.PI / 2);
    return assemble(
      'opium poppy',
      part('ground', ground, matte('#6b5140', { roughness: 1 })),
      part('stems', mergePlaced(stems), matte('#8db09a', { roughness: 0.55 })),
      part('leaves', mergePlaced(blades), leafMaterial(leafTex, 0.55)),
      part('petals', mergePlaced(petals), petalMaterial),
      part('stamens', mergePlaced(stamens), matte('#f0d77a', { roughness: 0.6 })),
      part(
        'pods and bud',
        mergePlaced([{ geometry: pod }, { geometry: youngPod }, { geometry: bud }]),
        green,
      ),
      part(
        'crowns',
        mergePlaced([
          { geometry: crownGeometry(podAt.clone().add(new Vector3(0, 3.45, 0)), 1.05, 10) },
          { geometry: crownGeometry(flowerAt.clone().add(new Vector3(0, 1.55, 0)), 0.45, 8) },
        ]),
        matte('#b3a98a', { roughness: 0.7 }),
      ),
    );
  },
};
