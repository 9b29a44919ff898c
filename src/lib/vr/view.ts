import type { OrganId } from './body';
import type { OfferProp, OfferSceneId, Speaker } from './types';

/**
 * What the 3D world shows at a moment, as plain data. The island computes it from its state
 * and renders the same targets as page buttons, so the 3D panels and the page always offer
 * the same choices with the same words: pressing a panel (ray, gaze, click, tap) and pressing
 * its button do the same thing.
 */
export interface Target {
  id: string;
  label: string;
  /** A second, smaller line (the words a response says, an experience's summary). */
  detail?: string;
  tone?: 'button' | 'primary' | 'quiet' | 'warn';
  pressed?: boolean;
}

export interface SpokenLine {
  speaker: Speaker;
  /** Who speaks, as shown: a name, "You", or empty for the narrator. */
  who: string;
  text: string;
}

export type WorldView =
  | { kind: 'lobby'; heading: string; targets: Target[] }
  | {
      kind: 'offer';
      scene: OfferSceneId;
      prop: OfferProp;
      line: SpokenLine | null;
      /** Six responses while the scene waits for a choice; otherwise "next". */
      targets: Target[];
    }
  | { kind: 'debrief'; heading: string; lines: string[]; targets: Target[] }
  | {
      kind: 'body';
      heading: string;
      lit: OrganId[];
      focus: OrganId | null;
      /** The effects listed beside the figure. */
      lines: string[];
      /** The drugs to pick. */
      targets: Target[];
      organs: { id: OrganId; label: string }[];
    };

/** A view and its way out, always in sight whenever there is something to leave. */
export interface Scene3D {
  view: WorldView;
  exit: Target | null;
}
