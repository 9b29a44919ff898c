import { existsSync } from 'node:fs';
import path from 'node:path';
import { Box3, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { budget, costOf } from '../../src/components/three/models/budget';
import { loadAllModels } from '../../src/components/three/models';
import type { Localized } from '../../src/components/three/models/types';
import { locales } from '../../src/lib/locale';
import { readCollection, root } from '../support/content';

/**
 * Every replica model, built in Node (no browser, no WebGL): it stays within issue 6's budget,
 * says what to notice in both languages, and links to things that exist.
 */
const models = await loadAllModels();
const byId = new Map(models.map((model) => [model.id, model]));
const entries = readCollection('encyclopedia');

function complete(text: Localized) {
  return locales.every((locale) => text[locale].trim().length > 0);
}

describe.each(models)('model $id', (model) => {
  const group = model.build();
  const cost = costOf(group);

  it(`stays within ${budget.triangles} triangles, ${budget.drawCalls} draw calls and ${budget.textureSize}² textures`, () => {
    expect(cost.triangles).toBeGreaterThan(0);
    expect(cost.triangles).toBeLessThanOrEqual(budget.triangles);
    expect(cost.drawCalls).toBeLessThanOrEqual(budget.drawCalls);
    expect(cost.textureSize).toBeLessThanOrEqual(budget.textureSize);
  });

  it('builds the same model every time', () => {
    expect(costOf(model.build())).toEqual(cost);
    const size = (built: typeof group) => new Box3().setFromObject(built).getSize(new Vector3());
    expect(size(model.build()).toArray()).toEqual(size(group).toArray());
  });

  it('has a real-world size a hand can hold or a plant can have (cm)', () => {
    const size = new Box3().setFromObject(group).getSize(new Vector3());
    expect(Math.max(size.x, size.y, size.z)).toBeGreaterThan(0.5);
    expect(Math.max(size.x, size.y, size.z)).toBeLessThan(150);
  });

  it('says what it is and what to notice in both languages', () => {
    for (const text of [model.title, model.description, model.size])
      expect(complete(text)).toBe(true);
    expect(model.annotations.length).toBeGreaterThanOrEqual(2);
    for (const annotation of model.annotations) {
      expect(complete(annotation.title), annotation.id).toBe(true);
      expect(complete(annotation.text), annotation.id).toBe(true);
    }
    expect(new Set(model.annotations.map((a) => a.id)).size).toBe(model.annotations.length);
  });

  it('puts every annotation on or next to the model', () => {
    // the root keeps an identity transform, so annotation coordinates are the model's own
    expect(group.position.toArray()).toEqual([0, 0, 0]);
    expect(group.scale.toArray()).toEqual([1, 1, 1]);
    const box = new Box3().setFromObject(group).expandByScalar(1);
    for (const annotation of model.annotations)
      expect(box.containsPoint(new Vector3(...annotation.position)), annotation.id).toBe(true);
  });

  it('links to its encyclopedia entry, its poster and its twin', () => {
    expect(entries.some((entry) => entry.slug === model.entry)).toBe(true);
    const poster = path.join(root, 'src/assets/illustrations', `${model.poster}.svg`);
    expect(existsSync(poster), poster).toBe(true);
    if (model.twin) expect(byId.get(model.twin)?.kind).toBe('ordinary');
  });
});

describe('the collection', () => {
  it('has a model for every encyclopedia entry that names one', () => {
    const named = new Set(
      entries.flatMap((entry) => (entry.data as { model?: string }).model ?? []),
    );
    expect(named.size).toBeGreaterThanOrEqual(14);
    for (const id of named) expect(byId.has(id), id).toBe(true);
  });

  it('shows every ordinary product beside the disguise that imitates it', () => {
    for (const model of models.filter((m) => m.kind === 'ordinary'))
      expect(
        models.some((other) => other.twin === model.id),
        model.id,
      ).toBe(true);
  });
});
