import { describe, expect, it } from 'vitest';
import { refusalStepIds } from '../../src/lib/encyclopedia/schema';
import { locales } from '../../src/lib/locale';
import { Dwell } from '../../src/lib/vr/dwell';
import {
  advance,
  choose,
  finish,
  nextAction,
  practised,
  startOffer,
  type OfferProgress,
} from '../../src/lib/vr/offerFlow';
import { messages } from '../../src/lib/i18n';
import { present } from '../../src/lib/vr/present';
import { offerScenes } from '../../src/lib/vr/script';
import { peerNorm } from '../../src/lib/vr/sources';
import { choiceIds, choiceSkill } from '../../src/lib/vr/types';
import { refusalStepsMarker } from '../../src/integrations/refusalSteps';
import { preventionGuide, vrScript } from '../support/vrScript';

/**
 * "The offer": three scenes, each with the six responses in both languages, the refusal steps
 * the prevention guide teaches (the guide's own data), the consequences of accepting taken
 * from the entries, and the flow a visitor walks through.
 */

/** Every Localized value inside a scene, with where it is. */
function localizedTexts(value: unknown, path = ''): [string, Record<string, string>][] {
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (locales.every((locale) => typeof record[locale] === 'string'))
    return [[path, record as Record<string, string>]];
  return Object.entries(record).flatMap(([key, child]) => localizedTexts(child, `${path}.${key}`));
}

describe.each(offerScenes)('scene $id', (scene) => {
  it('says every line in both languages', () => {
    const texts = localizedTexts(scene);
    expect(texts.length).toBeGreaterThan(20);
    for (const [path, text] of texts)
      for (const locale of locales) expect(text[locale]!.trim(), `${path} ${locale}`).not.toBe('');
  });

  it('offers the six responses, each playing out in a few beats', () => {
    expect(Object.keys(scene.responses).sort()).toEqual([...choiceIds].sort());
    for (const id of choiceIds) {
      expect(scene.responses[id].then.length, id).toBeGreaterThanOrEqual(1);
      expect(scene.responses[id].then.length, id).toBeLessThanOrEqual(4);
    }
    expect(scene.offer.length).toBeGreaterThanOrEqual(2);
  });

  it('shows what accepting does in the body and mind, at home, at school and in law', () => {
    const { effects, law } = scene.accepted;
    expect(effects.every((fact) => fact.field.endsWith('.short'))).toBe(true);
    expect(effects.some((fact) => fact.field.includes('.body.'))).toBe(true);
    expect(effects.every((fact) => fact.entry === scene.entry)).toBe(true);
    expect(law.length).toBeGreaterThan(0);
  });
});

describe('refusal skills: one source of truth, the prevention guide', () => {
  it.each(locales)('the %s guide holds the steps as data and places them in its text', (locale) => {
    const guide = preventionGuide(locale);
    expect(guide.refusalSteps?.map((step) => step.id)).toEqual([...refusalStepIds]);
    expect(guide.body.split(refusalStepsMarker).length - 1).toBe(1);
  });

  it('every response practises a step of the guide, and every step is practised', () => {
    const practisedSteps = new Set(Object.values(choiceSkill).filter(Boolean));
    expect([...practisedSteps].sort()).toEqual([...refusalStepIds].sort());
    expect(choiceSkill.accept).toBeNull();
  });

  it.each(locales)('the %s script carries the guide’s own words for the steps', (locale) => {
    expect(vrScript(locale).steps).toEqual(preventionGuide(locale).refusalSteps);
  });
});

describe.each(locales)('the %s script', (locale) => {
  const script = vrScript(locale);

  it('resolves every fact of the consequences, each with its source', () => {
    for (const scene of script.scenes) {
      const facts = scene.accepted.filter((line) => line.entry);
      expect(facts.length).toBeGreaterThanOrEqual(4);
      for (const fact of facts) {
        expect(fact.text.trim()).not.toBe('');
        expect(fact.source?.url).toMatch(/^https?:\/\//);
      }
      expect(scene.accepted.map((line) => line.topic)).toEqual(
        expect.arrayContaining(['body', 'family', 'school', 'law']),
      );
    }
  });

  it('never speaks of doses or amounts', () => {
    const all = JSON.stringify(script.scenes) + JSON.stringify(script.drugs);
    for (const word of ['剂量', '毫克', ' mg', 'dose', 'gram']) expect(all).not.toContain(word);
  });

  it('tells the true peer norm with its source', () => {
    expect(peerNorm.text[locale]).toMatch(/89\.6|896,000/);
    expect(peerNorm.source.url).toMatch(/^https:\/\//);
  });
});

describe('the flow through the scenes', () => {
  const scenes = vrScript('en').scenes;
  const walk = (progress: OfferProgress, steps: number) => {
    for (let i = 0; i < steps; i++) progress = advance(progress, scenes);
    return progress;
  };

  it('plays the offer, waits for a choice, and after accepting shows the consequences and a second go', () => {
    let progress = startOffer();
    expect(nextAction(progress, scenes)).toBe('next');
    progress = walk(progress, scenes[0]!.offer.length - 1);
    expect(nextAction(progress, scenes)).toBe('next');
    progress = advance(progress, scenes);
    expect(progress.at).toEqual({ phase: 'choose', scene: 0 });
    expect(advance(progress, scenes)).toBe(progress);

    progress = choose(progress, 'accept');
    expect(progress.at).toMatchObject({ phase: 'response', choice: 'accept' });
    progress = walk(progress, scenes[0]!.responses.find((r) => r.id === 'accept')!.then.length);
    expect(progress.at).toEqual({ phase: 'consequences', scene: 0, beat: 0 });
    progress = walk(progress, scenes[0]!.accepted.length - 1);
    expect(nextAction(progress, scenes)).toBe('retry');
    progress = advance(progress, scenes);
    expect(progress.at).toEqual({ phase: 'choose', scene: 0 });
    expect(finish(progress)).toBe(progress);
  });

  it('moves on after a refusal and ends with a debrief naming the steps practised', () => {
    let progress = startOffer();
    const refuseIn = (scene: number, choice: (typeof choiceIds)[number]) => {
      progress = walk(progress, scenes[scene]!.offer.length);
      progress = choose(progress, choice);
      progress = walk(
        progress,
        scenes[scene]!.responses.find((r) => r.id === choice)!.then.length - 1,
      );
    };
    refuseIn(0, 'leave');
    expect(nextAction(progress, scenes)).toBe('next-scene');
    progress = advance(progress, scenes);
    expect(progress.at).toEqual({ phase: 'offer', scene: 1, beat: 0 });
    refuseIn(1, 'suggest');
    progress = advance(progress, scenes);
    refuseIn(2, 'tell');
    expect(nextAction(progress, scenes)).toBe('debrief');
    progress = advance(progress, scenes);
    expect(progress.at).toEqual({ phase: 'debrief' });
    expect(practised(progress, scenes).map((p) => p.skill)).toEqual([
      'leave',
      'change-subject',
      'get-help',
    ]);
  });

  it('can end after one scene', () => {
    let progress = walk(startOffer(), scenes[0]!.offer.length);
    progress = choose(progress, 'refuse');
    expect(finish(progress).at).toEqual({ phase: 'debrief' });
    expect(practised(finish(progress), scenes)).toEqual([
      expect.objectContaining({ skill: 'say-no', acceptedFirst: false }),
    ]);
  });
});

describe('gaze and dwell', () => {
  it('presses what the gaze rests on for 1.5 s, once, until the gaze moves away', () => {
    const dwell = new Dwell(1500);
    expect(dwell.look('next', 0)).toEqual({ progress: 0, fired: null });
    expect(dwell.look('next', 750).progress).toBeCloseTo(0.5);
    expect(dwell.look('other', 900)).toEqual({ progress: 0, fired: null });
    expect(dwell.look('other', 2400)).toEqual({ progress: 1, fired: 'other' });
    expect(dwell.look('other', 5000)).toEqual({ progress: 0, fired: null });
    dwell.look(null, 5100);
    dwell.look('other', 5200);
    expect(dwell.look('other', 6700).fired).toBe('other');
  });
});

describe('what is shown: the 3D view and the page buttons from one state', () => {
  const script = vrScript('en');
  const labels = messages.en.vr.present;

  it('offers both experiences at the start, with a way out only at a booth with a home', () => {
    const start = present({ kind: 'lobby' }, script, labels);
    expect(start.view.targets.map((target) => target.id)).toEqual(['start:offer', 'start:body']);
    expect(start.exit).toBeNull();
    expect(
      present({ kind: 'lobby' }, script, labels, { leaveLabel: 'Back to the booth' }).exit?.label,
    ).toBe('Back to the booth');
  });

  it('shows the six responses, in the scene’s own words, while the scene waits for a choice', () => {
    let progress = startOffer(1);
    for (let i = 0; i < script.scenes[1]!.offer.length; i++)
      progress = advance(progress, script.scenes);
    const { view, exit } = present({ kind: 'offer', progress }, script, labels);
    expect(exit?.id).toBe('exit');
    expect(view.targets.map((target) => target.id)).toEqual(choiceIds.map((id) => `choice:${id}`));
    expect(view.targets[0]).toMatchObject({
      label: 'Refuse clearly',
      detail: 'I don’t vape, thanks.',
    });
    expect(view.targets.at(-1)?.tone).toBe('warn');
  });

  it('lights a drug’s organs, and lists one organ’s effects once it is picked', () => {
    const all = present({ kind: 'body', drug: 'ketamine', organ: null }, script, labels).view;
    const bladder = present(
      { kind: 'body', drug: 'ketamine', organ: 'bladder' },
      script,
      labels,
    ).view;
    if (all.kind !== 'body' || bladder.kind !== 'body') throw new Error('not the body view');
    expect(all.lit).toEqual(expect.arrayContaining(['bladder', 'kidneys', 'brain']));
    expect(all.lines.at(-1)).toBe(labels.pickOrgan);
    expect(bladder.lines).toHaveLength(1);
    expect(bladder.lines[0]).toContain('Serious bladder damage');
  });
});
