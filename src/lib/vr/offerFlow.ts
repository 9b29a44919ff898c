import type { RefusalStepId } from '../encyclopedia/schema';
import type { SceneScript } from './script';
import type { ChoiceId } from './types';

/**
 * Where a visitor is in "The offer": a scene's lines one beat at a time, the choice, the
 * response playing out, and after accepting the consequences and a second go. Every screen
 * (3D panels, the page's text and buttons) is drawn from this one state.
 */
export type OfferPhase =
  | { phase: 'offer'; scene: number; beat: number }
  | { phase: 'choose'; scene: number }
  | { phase: 'response'; scene: number; choice: ChoiceId; beat: number }
  | { phase: 'consequences'; scene: number; beat: number }
  | { phase: 'debrief' };

export interface OfferProgress {
  at: OfferPhase;
  /** Every response chosen, per scene index, in order (an accept, then a refusal…). */
  chosen: ChoiceId[][];
}

export function startOffer(scene = 0): OfferProgress {
  return { at: { phase: 'offer', scene, beat: 0 }, chosen: [] };
}

/** The step after "next": the following line, the choice, the next scene or the debrief. */
export function advance(progress: OfferProgress, scenes: SceneScript[]): OfferProgress {
  const at = progress.at;
  const go = (next: OfferPhase) => ({ ...progress, at: next });
  switch (at.phase) {
    case 'offer':
      return at.beat + 1 < scenes[at.scene]!.offer.length
        ? go({ ...at, beat: at.beat + 1 })
        : go({ phase: 'choose', scene: at.scene });
    case 'response': {
      const lines = scenes[at.scene]!.responses.find((r) => r.id === at.choice)!.then;
      if (at.beat + 1 < lines.length) return go({ ...at, beat: at.beat + 1 });
      if (at.choice === 'accept') return go({ phase: 'consequences', scene: at.scene, beat: 0 });
      return at.scene + 1 < scenes.length
        ? go({ phase: 'offer', scene: at.scene + 1, beat: 0 })
        : go({ phase: 'debrief' });
    }
    case 'consequences':
      return at.beat + 1 < scenes[at.scene]!.accepted.length
        ? go({ ...at, beat: at.beat + 1 })
        : go({ phase: 'choose', scene: at.scene });
    default:
      return progress;
  }
}

/** Picks a response; only while the scene waits for one. */
export function choose(progress: OfferProgress, choice: ChoiceId): OfferProgress {
  const at = progress.at;
  if (at.phase !== 'choose') return progress;
  const chosen = [...progress.chosen];
  chosen[at.scene] = [...(chosen[at.scene] ?? []), choice];
  return { at: { phase: 'response', scene: at.scene, choice, beat: 0 }, chosen };
}

/** Ends early, once at least one scene has been played to a refusal. */
export function finish(progress: OfferProgress): OfferProgress {
  return finishedScenes(progress) > 0 ? { ...progress, at: { phase: 'debrief' } } : progress;
}

/** How many scenes ended in a refusal (a scene is done once the visitor said no). */
export function finishedScenes(progress: OfferProgress): number {
  return progress.chosen.filter((choices) => choices?.some((choice) => choice !== 'accept')).length;
}

/** What "next" does from here, for its label. */
export function nextAction(
  progress: OfferProgress,
  scenes: SceneScript[],
): 'next' | 'next-scene' | 'debrief' | 'retry' | null {
  const at = progress.at;
  if (at.phase === 'choose' || at.phase === 'debrief') return null;
  const after = advance(progress, scenes).at;
  if (after.phase === 'debrief') return 'debrief';
  if (at.phase === 'response' && after.phase === 'offer') return 'next-scene';
  if (at.phase === 'consequences' && after.phase === 'choose') return 'retry';
  return 'next';
}

/** Per scene played: the refusal the visitor ended with and the guide step it practises. */
export function practised(progress: OfferProgress, scenes: SceneScript[]) {
  return scenes.flatMap((scene, index) => {
    const choices = progress.chosen[index] ?? [];
    const last = choices.at(-1);
    if (!last || last === 'accept') return [];
    const response = scene.responses.find((r) => r.id === last)!;
    return [
      {
        scene: scene.title,
        says: response.says,
        skill: response.skill as RefusalStepId,
        acceptedFirst: choices.includes('accept'),
      },
    ];
  });
}
