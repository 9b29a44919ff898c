import type { RefusalStepId } from '../encyclopedia/schema';
import type { Locale } from '../locale';

/**
 * The VR experience's script, written in both languages side by side (as the 3D models' notes
 * are), and the facts it borrows from the encyclopedia, named by entry and field so a test can
 * check every one of them against the entry.
 */

export type Localized = Record<Locale, string>;

/** A list field of an encyclopedia entry that holds harms, one short sentence per item. */
export type HarmField =
  'harms.body.short' | 'harms.body.long' | 'harms.mind.short' | 'harms.mind.long';

/** A fact taken word for word from an entry, shown with one of the entry's own sources. */
export interface EntryFact {
  /** The entry's slug, e.g. `ketamine`. */
  entry: string;
  field: HarmField | 'law.summary' | 'law.articles';
  /** Which item of a list field (harms lines, law articles). */
  item?: number;
  /** The URL of the entry's source that backs it (one of its `sources`, by address so that reordering them changes nothing). */
  source: string;
}

export type Speaker = 'friend' | 'you' | 'narrator' | 'adult';

/** One line of a scene: who says it and what. An adult is named on the line (mum, a teacher…). */
export interface ScriptLine {
  speaker: Speaker;
  text: Localized;
  name?: Localized;
}

/** The responses the visitor can give, in the order they are offered. */
export const choiceIds = ['refuse', 'reason', 'suggest', 'leave', 'tell', 'accept'] as const;
export type ChoiceId = (typeof choiceIds)[number];

/**
 * The refusal step of the prevention guide each response practises; a reason is a way of
 * saying no (the guide: no excuse is needed, but one may be given). Accepting practises none.
 */
export const choiceSkill: Record<ChoiceId, RefusalStepId | null> = {
  refuse: 'say-no',
  reason: 'say-no',
  suggest: 'change-subject',
  leave: 'leave',
  tell: 'get-help',
  accept: null,
};

export const offerSceneIds = ['party', 'ktv', 'chat'] as const;
export type OfferSceneId = (typeof offerSceneIds)[number];

/** The replica model (by its id in the model registry) the offer is made with, if any. */
export type OfferProp = 'milk-tea-sachet' | 'vape-pod' | null;

export interface OfferScene {
  id: OfferSceneId;
  title: Localized;
  /** The person who makes the offer: someone the visitor knows. */
  friend: { name: Localized; who: Localized };
  prop: OfferProp;
  /** The encyclopedia entry for what is offered; its facts tell what accepting does. */
  entry: string;
  /** Setting the scene and making the offer, before the visitor chooses. */
  offer: ScriptLine[];
  /** What the visitor says for each response, and how it plays out. */
  responses: Record<ChoiceId, { says: Localized; then: ScriptLine[] }>;
  /** After accepting: the short-term effects (from the entry) and what happens next. */
  accepted: { effects: EntryFact[]; family: Localized; school: Localized; law: EntryFact[] };
}
