import type { ModelDefinition } from './types';

/**
 * Every replica model, loaded one by one: a model page downloads only its model (and its twin
 * in compare mode), never the whole collection. Disguised drugs first; ordinary products are
 * shown beside their twin and on their own pages.
 */
const loaders = {
  'milk-tea-sachet': () => import('./milkTeaDisguise').then((m) => m.milkTeaDisguise),
  'popping-candy': () => import('./poppingCandy').then((m) => m.poppingCandy),
  'chocolate-bar': () => import('./chocolateBar').then((m) => m.chocolateBar),
  'kawa-bottle': () => import('./kawaBottle').then((m) => m.kawaBottle),
  'lsd-blotter': () => import('./lsdBlotter').then((m) => m.lsdBlotter),
  'vape-pod': () => import('./vapePod').then((m) => m.vapePod),
  'meth-crystals': () => import('./methCrystals').then((m) => m.methCrystals),
  'meth-tablets': () => import('./methTablets').then((m) => m.methTablets),
  'mdma-tablets': () => import('./mdmaTablets').then((m) => m.mdmaTablets),
  'ketamine-powder': () => import('./ketaminePowder').then((m) => m.ketaminePowder),
  'heroin-packet': () => import('./heroinPacket').then((m) => m.heroinPacket),
  'opium-poppy': () => import('./opiumPoppy').then((m) => m.opiumPoppy),
  'cannabis-plant': () => import('./cannabisPlant').then((m) => m.cannabisPlant),
  'coca-leaves': () => import('./cocaLeaves').then((m) => m.cocaLeaves),
  'khat-leaves': () => import('./khatLeaves').then((m) => m.khatLeaves),
  'milk-tea-ordinary': () => import('./milkTeaOrdinary').then((m) => m.milkTeaOrdinary),
  'popping-candy-ordinary': () =>
    import('./poppingCandyOrdinary').then((m) => m.poppingCandyOrdinary),
  'chocolate-ordinary': () => import('./chocolateOrdinary').then((m) => m.chocolateOrdinary),
  'soda-bottle': () => import('./sodaBottle').then((m) => m.sodaBottle),
  'postage-stamp': () => import('./postageStamp').then((m) => m.postageStamp),
  'highlighter-pen': () => import('./highlighterPen').then((m) => m.highlighterPen),
  'rock-sugar': () => import('./rockSugar').then((m) => m.rockSugar),
  'candy-tablets': () => import('./candyTablets').then((m) => m.candyTablets),
  'mint-candy': () => import('./mintCandy').then((m) => m.mintCandy),
  'amaranth-leaves': () => import('./amaranthLeaves').then((m) => m.amaranthLeaves),
} satisfies Record<string, () => Promise<ModelDefinition>>;

export type ModelId = keyof typeof loaders;

export const modelIds = Object.keys(loaders) as ModelId[];

/** One model's definition, or an error naming the unknown id. */
export function loadModel(id: string): Promise<ModelDefinition> {
  const load = (loaders as Record<string, () => Promise<ModelDefinition>>)[id];
  return load ? load() : Promise.reject(new Error(`no model "${id}"`));
}

/** Every model, in order (for the gallery, the pages and the tests). */
export function loadAllModels(): Promise<ModelDefinition[]> {
  return Promise.all(modelIds.map((id) => loadModel(id)));
}
