import { InstancedMesh, Mesh, type Object3D, type Texture } from 'three';

/**
 * What a model costs the GPU, counted from its scene graph: triangles (instances included),
 * draw calls (one per mesh and material group) and the largest texture. The budgets are
 * issue 6's: ≤ 20k triangles, ≤ 30 draw calls, no texture over 1024².
 */
export const budget = { triangles: 20_000, drawCalls: 30, textureSize: 1024 } as const;

export interface Cost {
  triangles: number;
  drawCalls: number;
  /** The longest side of the largest texture, in pixels (0 when there is none). */
  textureSize: number;
}

export function costOf(root: Object3D): Cost {
  const cost: Cost = { triangles: 0, drawCalls: 0, textureSize: 0 };
  root.traverse((object) => {
    if (!(object instanceof Mesh)) return;
    const geometry = object.geometry;
    const instances = object instanceof InstancedMesh ? object.count : 1;
    const vertices = geometry.index ? geometry.index.count : geometry.attributes['position']!.count;
    cost.triangles += (vertices / 3) * instances;
    const materials = Array.isArray(object.material) ? object.material : [object.material];
    cost.drawCalls += Array.isArray(object.material) ? Math.max(1, geometry.groups.length) : 1;
    for (const material of materials)
      for (const value of Object.values(material as unknown as Record<string, unknown>)) {
        const texture = value as Texture | null;
        if (texture && (texture as Texture).isTexture) {
          const image = texture.image as { width?: number; height?: number } | undefined;
          cost.textureSize = Math.max(cost.textureSize, image?.width ?? 0, image?.height ?? 0);
        }
      }
  });
  cost.triangles = Math.round(cost.triangles);
  return cost;
}
