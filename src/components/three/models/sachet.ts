import { BoxGeometry, IcosahedronGeometry, type Material } from 'three';
import { assemble, grains, matte, part, seeded } from './kit';

/**
 * A drink-powder sachet, the shape the "milk tea" disguise copies: a pillow of film, thin at
 * the edges, with crimped seals top and bottom, 6 × 9 cm. `front` is the printed face.
 */
export function sachet(name: string, front: Material, back: Material, film: Material) {
  const width = 6;
  const height = 9;
  const body = new BoxGeometry(width, height, 0.8, 12, 16, 1);
  const position = body.attributes['position']!;
  for (let i = 0; i < position.count; i++) {
    const u = position.getX(i) / width + 0.5;
    const v = position.getY(i) / height + 0.5;
    // full thickness in the middle, none at the edges: a pillow
    const swell = Math.sin(Math.PI * u) ** 0.6 * Math.sin(Math.PI * v) ** 0.8;
    position.setZ(i, position.getZ(i) * swell);
  }
  body.computeVertexNormals();
  // BoxGeometry's groups: +x, −x, +y, −y, +z (front), −z (back)
  const faces = [film, film, film, film, front, back];
  const sealGeometry = new BoxGeometry(width, 0.7, 0.06, 24, 1, 1);
  const crimp = sealGeometry.attributes['position']!;
  for (let i = 0; i < crimp.count; i++)
    crimp.setZ(i, crimp.getZ(i) + 0.03 * Math.sin(crimp.getX(i) * 9));
  sealGeometry.computeVertexNormals();
  const top = part('top seal', sealGeometry, film);
  top.position.y = height / 2 - 0.3;
  const bottom = part('bottom seal', sealGeometry, film);
  bottom.position.y = -height / 2 + 0.3;
  return assemble(name, part('sachet', body, faces), top, bottom);
}

/** Coloured granules spilling from a torn corner: one draw call for all of them. */
export function spill(
  colour: string,
  count: number,
  origin: [number, number, number],
  seed: number,
) {
  const random = seeded(seed);
  return grains(
    'spilled granules',
    new IcosahedronGeometry(0.12, 0),
    matte(colour, { roughness: 0.5 }),
    count,
    (_, dummy) => {
      const angle = random() * Math.PI * 2;
      const reach = Math.sqrt(random()) * 1.6;
      dummy.position.set(
        origin[0] + Math.cos(angle) * reach,
        origin[1],
        origin[2] + Math.sin(angle) * reach,
      );
      dummy.rotation.set(random() * 3, random() * 3, random() * 3);
      dummy.scale.setScalar(0.6 + random() * 0.9);
    },
  );
}
