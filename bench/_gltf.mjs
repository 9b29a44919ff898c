// @ts-check
// A replica model as a binary glTF, for the <model-viewer> baseline in bench/models.mjs: the
// same triangles, materials and painted textures our viewer draws, written with glTF
// Transform (three's GLTFExporter needs a DOM). Instanced parts are baked into one primitive,
// so the triangle count and the draw calls stay the same.
import { Document, NodeIO } from '@gltf-transform/core';
import sharp from 'sharp';
import { DoubleSide, Matrix4 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/**
 * @param {import('three').Object3D} root
 * @returns {Promise<Uint8Array>}
 */
export async function toGlb(root) {
  const document = new Document();
  const buffer = document.createBuffer();
  const scene = document.createScene();
  /** @type {Map<import('three').Material, import('@gltf-transform/core').Material>} */
  const materials = new Map();
  root.updateMatrixWorld(true);

  /** @param {import('three').Material} source */
  async function material(source) {
    const known = materials.get(source);
    if (known) return known;
    const standard = /** @type {import('three').MeshStandardMaterial} */ (source);
    const made = document
      .createMaterial(source.name)
      .setBaseColorFactor([
        standard.color?.r ?? 1,
        standard.color?.g ?? 1,
        standard.color?.b ?? 1,
        source.opacity,
      ])
      .setMetallicFactor(standard.metalness ?? 0)
      .setRoughnessFactor(standard.roughness ?? 1)
      .setDoubleSided(source.side === DoubleSide)
      .setAlphaMode(source.transparent ? 'BLEND' : 'OPAQUE');
    const image = /** @type {{ data: Uint8Array, width: number, height: number } | undefined} */ (
      standard.map?.image
    );
    if (image?.data) {
      const png = await sharp(Buffer.from(image.data), {
        raw: { width: image.width, height: image.height, channels: 4 },
      })
        .png()
        .toBuffer();
      made.setBaseColorTexture(
        document.createTexture().setMimeType('image/png').setImage(new Uint8Array(png)),
      );
    }
    materials.set(source, made);
    return made;
  }

  /** @param {import('three').BufferAttribute} attribute @param {'VEC2' | 'VEC3'} type */
  const accessor = (attribute, type) =>
    document
      .createAccessor()
      .setType(type)
      .setArray(new Float32Array(attribute.array))
      .setBuffer(buffer);

  /** @type {import('three').Mesh[]} */
  const meshes = [];
  root.traverse((object) => {
    if (/** @type {import('three').Mesh} */ (object).isMesh)
      meshes.push(/** @type {import('three').Mesh} */ (object));
  });

  for (const mesh of meshes) {
    let geometry = mesh.geometry;
    const instanced = /** @type {import('three').InstancedMesh} */ (mesh);
    if (instanced.isInstancedMesh) {
      const copies = [];
      for (let i = 0; i < instanced.count; i++) {
        const matrix = new Matrix4();
        instanced.getMatrixAt(i, matrix);
        copies.push(geometry.clone().applyMatrix4(matrix));
      }
      geometry = mergeGeometries(copies) ?? geometry;
    }
    if (!geometry.index) {
      const count = geometry.attributes['position']?.count ?? 0;
      geometry = geometry.clone().setIndex(Array.from({ length: count }, (_, i) => i));
    }
    const index = /** @type {import('three').BufferAttribute} */ (geometry.index);
    const position = accessor(
      /** @type {import('three').BufferAttribute} */ (geometry.attributes['position']),
      'VEC3',
    );
    const normal =
      geometry.attributes['normal'] &&
      accessor(
        /** @type {import('three').BufferAttribute} */ (geometry.attributes['normal']),
        'VEC3',
      );
    const uv =
      geometry.attributes['uv'] &&
      accessor(/** @type {import('three').BufferAttribute} */ (geometry.attributes['uv']), 'VEC2');
    const sources = Array.isArray(mesh.material) ? mesh.material : [mesh.material];
    const groups =
      Array.isArray(mesh.material) && geometry.groups.length
        ? geometry.groups
        : [{ start: 0, count: index.count, materialIndex: 0 }];
    const gltfMesh = document.createMesh(mesh.name);
    for (const group of groups) {
      const source = sources[group.materialIndex ?? 0];
      if (!source || group.count === 0) continue;
      const indices = document
        .createAccessor()
        .setType('SCALAR')
        .setArray(new Uint32Array(index.array.slice(group.start, group.start + group.count)))
        .setBuffer(buffer);
      const primitive = document
        .createPrimitive()
        .setIndices(indices)
        .setAttribute('POSITION', position)
        .setMaterial(await material(source));
      if (normal) primitive.setAttribute('NORMAL', normal);
      if (uv) primitive.setAttribute('TEXCOORD_0', uv);
      gltfMesh.addPrimitive(primitive);
    }
    scene.addChild(
      document
        .createNode(mesh.name)
        .setMesh(gltfMesh)
        .setMatrix(/** @type {any} */ (mesh.matrixWorld.toArray())),
    );
  }
  return new NodeIO().writeBinary(document);
}
