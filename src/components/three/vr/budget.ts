import { Mesh, type Object3D, type Texture } from 'three';
import { costOf, type Cost } from '../models/budget';

/**
 * What one view of the experience may cost the GPU, so a standalone headset keeps 72 fps:
 * the room, the offered replica model, and the text panels together. Triangles and draw calls
 * are counted as the models' budget counts them; textures are only ever the text panels'.
 */
export const sceneBudget = {
  triangles: 50_000,
  drawCalls: 50,
  textureSize: 1024,
  textures: 12,
} as const;

/**
 * The most any view adds on top of its room and prop: the line or side panel, up to eight
 * buttons, the exit, an organ's label, the dwell bar, the gaze reticle and the fade shell.
 */
export const overlayCost = {
  triangles: 12 * 2 + 2 * 64 + 2 * 320,
  drawCalls: 14,
  textures: 11,
} as const;

export interface SceneCost extends Cost {
  textures: number;
}

/** A scene graph's cost, counting its distinct textures as well. */
export function sceneCostOf(root: Object3D): SceneCost {
  const textures = new Set<Texture>();
  root.traverse((object) => {
    if (!(object instanceof Mesh)) return;
    const materials = Array.isArray(object.material) ? object.material : [object.material];
    for (const material of materials)
      for (const value of Object.values(material as unknown as Record<string, unknown>))
        if ((value as Texture | null)?.isTexture) textures.add(value as Texture);
  });
  return { ...costOf(root), textures: textures.size };
}
