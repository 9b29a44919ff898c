import {
  BufferGeometry,
  Color,
  DataTexture,
  Float32BufferAttribute,
  DoubleSide,
  Group,
  InstancedMesh,
  Matrix4,
  Mesh,
  MeshPhysicalMaterial,
  MeshStandardMaterial,
  Object3D,
  RepeatWrapping,
  SRGBColorSpace,
  type Material,
  type Texture,
} from 'three';

/**
 * The few things every replica model is made of: seeded randomness, plain and glassy materials,
 * instanced grains, and textures drawn into pixel arrays (DataTexture), so a model builds the
 * same in the browser and in a Node test, where there is no canvas.
 */

/** A deterministic random generator (mulberry32): models must look the same on every load. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A matte or satin surface. */
export function matte(
  colour: string,
  options: { roughness?: number; metalness?: number; map?: Texture } = {},
) {
  return new MeshStandardMaterial({
    color: new Color(colour),
    roughness: options.roughness ?? 0.75,
    metalness: options.metalness ?? 0,
    ...(options.map ? { map: options.map } : {}),
  });
}

/** A see-through, glossy surface (crystals, film, glass) without the cost of transmission. */
export function glassy(colour: string, opacity = 0.6) {
  return new MeshPhysicalMaterial({
    color: new Color(colour),
    roughness: 0.08,
    metalness: 0,
    clearcoat: 1,
    transparent: true,
    opacity,
    side: DoubleSide,
  });
}

/** A mesh with a name, so tests and annotations can find its parts. */
export function part(name: string, geometry: BufferGeometry, material: Material | Material[]) {
  const mesh = new Mesh(geometry, material);
  mesh.name = name;
  return mesh;
}

/**
 * Many small copies of one shape in one draw call (powder grains, seeds): `place` sets each
 * copy's transform.
 */
export function grains(
  name: string,
  geometry: BufferGeometry,
  material: Material,
  count: number,
  place: (index: number, dummy: Object3D) => void,
) {
  const mesh = new InstancedMesh(geometry, material, count);
  mesh.name = name;
  const dummy = new Object3D();
  const matrix = new Matrix4();
  for (let i = 0; i < count; i++) {
    dummy.position.set(0, 0, 0);
    dummy.rotation.set(0, 0, 0);
    dummy.scale.set(1, 1, 1);
    place(i, dummy);
    dummy.updateMatrix();
    matrix.copy(dummy.matrix);
    mesh.setMatrixAt(i, matrix);
  }
  mesh.instanceMatrix.needsUpdate = true;
  return mesh;
}

/** An RGBA pixel buffer to paint a texture into. */
export class Pixels {
  readonly data: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    background: string,
  ) {
    this.data = new Uint8Array(width * height * 4);
    this.rect(0, 0, width, height, background);
  }

  /** The colour's sRGB bytes (a three.js Color holds linear values, the texture wants sRGB). */
  private rgb(colour: string): [number, number, number] {
    const c = new Color(colour).getRGB({ r: 0, g: 0, b: 0 }, SRGBColorSpace);
    return [Math.round(c.r * 255), Math.round(c.g * 255), Math.round(c.b * 255)];
  }

  /** Sets one pixel (y grows downwards, as in images). */
  set(x: number, y: number, colour: [number, number, number]) {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = ((this.height - 1 - y) * this.width + x) * 4;
    this.data[i] = colour[0];
    this.data[i + 1] = colour[1];
    this.data[i + 2] = colour[2];
    this.data[i + 3] = 255;
  }

  rect(x: number, y: number, w: number, h: number, colour: string) {
    const c = this.rgb(colour);
    for (let j = Math.max(0, y); j < Math.min(this.height, y + h); j++)
      for (let i = Math.max(0, x); i < Math.min(this.width, x + w); i++) this.set(i, j, c);
  }

  circle(cx: number, cy: number, r: number, colour: string) {
    const c = this.rgb(colour);
    for (let j = Math.floor(cy - r); j <= cy + r; j++)
      for (let i = Math.floor(cx - r); i <= cx + r; i++)
        if ((i - cx) ** 2 + (j - cy) ** 2 <= r * r) this.set(i, j, c);
  }

  /** A ring (an outline circle) of the given thickness. */
  ring(cx: number, cy: number, r: number, thickness: number, colour: string) {
    const c = this.rgb(colour);
    for (let j = Math.floor(cy - r); j <= cy + r; j++)
      for (let i = Math.floor(cx - r); i <= cx + r; i++) {
        const d = Math.sqrt((i - cx) ** 2 + (j - cy) ** 2);
        if (d <= r && d >= r - thickness) this.set(i, j, c);
      }
  }

  /** A texture of the painted pixels (sRGB, repeating). */
  texture(): Texture {
    const texture = new DataTexture(this.data, this.width, this.height);
    texture.colorSpace = SRGBColorSpace;
    texture.wrapS = texture.wrapT = RepeatWrapping;
    texture.needsUpdate = true;
    return texture;
  }
}

/**
 * A surface from flat arrays: positions (x, y, z per vertex), uvs (u, v per vertex) and
 * triangles (three vertex indices each), its normals computed from them.
 */
export function indexedGeometry(positions: number[], uvs: number[], index: number[]) {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('uv', new Float32BufferAttribute(uvs, 2));
  geometry.setIndex(index);
  geometry.computeVertexNormals();
  return geometry;
}

/** Puts parts together under one named group. */
export function assemble(name: string, ...parts: Object3D[]): Group {
  const group = new Group();
  group.name = name;
  group.add(...parts);
  return group;
}
