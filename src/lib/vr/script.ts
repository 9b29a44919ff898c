import type { EncyclopediaEntry, RefusalStep, RefusalStepId } from '../encyclopedia/schema';
import type { Locale } from '../locale';
import { bodyDrugs, organIds, organNames, termOf, type BodyDrugId, type OrganId } from './body';
import { chat } from './scenes/chat';
import { ktv } from './scenes/ktv';
import { party } from './scenes/party';
import {
  choiceIds,
  choiceSkill,
  type ChoiceId,
  type EntryFact,
  type OfferProp,
  type OfferSceneId,
  type ScriptLine,
  type Speaker,
} from './types';

/**
 * The whole experience in one language, as plain data for the island: the scenes' lines, the
 * facts taken from the entries with their sources, and the guide's refusal steps. Built at
 * build time (and in the unit tests) from the content files.
 */

export const offerScenes = [party, ktv, chat];

export interface SourceLink {
  title: string;
  url: string;
}

/** What a line of the consequences is about, shown as its small heading. */
export type Topic = 'body' | 'mind' | 'family' | 'school' | 'law';

export interface Line {
  speaker: Speaker;
  /** The friend's or the adult's name; empty for "you" and the narrator. */
  name: string;
  text: string;
  topic?: Topic;
  /** Facts from an entry carry the entry's slug and one of its sources. */
  entry?: string;
  source?: SourceLink;
}

export interface Response {
  id: ChoiceId;
  says: string;
  skill: RefusalStepId | null;
  then: Line[];
}

export interface SceneScript {
  id: OfferSceneId;
  title: string;
  friend: string;
  friendWho: string;
  prop: OfferProp;
  entry: string;
  offer: Line[];
  responses: Response[];
  /** Accepting: what it did to the body and mind, then family, school and the law. */
  accepted: Line[];
}

export interface BodyEffect {
  organs: OrganId[];
  term: 'short' | 'long';
  text: string;
  entry: string;
  source: SourceLink;
}

export interface DrugScript {
  id: BodyDrugId;
  name: string;
  entries: { slug: string; title: string }[];
  effects: BodyEffect[];
}

export interface VrScript {
  steps: RefusalStep[];
  scenes: SceneScript[];
  drugs: DrugScript[];
  organs: { id: OrganId; name: string }[];
}

export type EntryData = Pick<EncyclopediaEntry, 'title' | 'harms' | 'law' | 'sources'>;

/** An entry's words for a fact: a harms line, the law summary, or a law article. */
export function factText(entry: EntryData, fact: EntryFact, locale: Locale): string {
  const item = fact.item ?? 0;
  switch (fact.field) {
    case 'law.summary':
      return entry.law.summary;
    case 'law.articles': {
      const article = entry.law.articles[item];
      if (!article) throw new Error(`no law.articles[${item}]`);
      return locale === 'en'
        ? `${article.law}, ${article.article}: ${article.says}`
        : `《${article.law}》${article.article}：${article.says}`;
    }
    default: {
      const [, part, term] = fact.field.split('.') as ['harms', 'body' | 'mind', 'short' | 'long'];
      const text = entry.harms[part][term][item];
      if (text === undefined) throw new Error(`no ${fact.field}[${item}]`);
      return text;
    }
  }
}

function sourceOf(entry: EntryData, fact: EntryFact): SourceLink {
  const source = entry.sources.find((candidate) => candidate.url === fact.source);
  if (!source) throw new Error(`${fact.source} is not a source of the entry`);
  return { title: source.title, url: source.url };
}

export function resolveScript(
  locale: Locale,
  entries: ReadonlyMap<string, EntryData>,
  steps: RefusalStep[],
): VrScript {
  const entryOf = (slug: string) => {
    const entry = entries.get(slug);
    if (!entry) throw new Error(`VR script: no encyclopedia entry "${slug}" in ${locale}`);
    return entry;
  };
  const fact = (value: EntryFact, topic: Topic): Line => {
    const entry = entryOf(value.entry);
    return {
      speaker: 'narrator',
      name: '',
      topic,
      text: factText(entry, value, locale),
      entry: value.entry,
      source: sourceOf(entry, value),
    };
  };

  const scenes = offerScenes.map((scene): SceneScript => {
    const line = (value: ScriptLine): Line => ({
      speaker: value.speaker,
      name:
        value.speaker === 'friend'
          ? scene.friend.name[locale]
          : value.speaker === 'adult'
            ? (value.name?.[locale] ?? '')
            : '',
      text: value.text[locale],
    });
    const { effects, family, school, law } = scene.accepted;
    const narrate = (text: string, topic: Topic): Line => ({
      speaker: 'narrator',
      name: '',
      text,
      topic,
    });
    return {
      id: scene.id,
      title: scene.title[locale],
      friend: scene.friend.name[locale],
      friendWho: scene.friend.who[locale],
      prop: scene.prop,
      entry: scene.entry,
      offer: scene.offer.map(line),
      responses: choiceIds.map((id) => ({
        id,
        says: scene.responses[id].says[locale],
        skill: choiceSkill[id],
        then: [
          { speaker: 'you', name: '', text: scene.responses[id].says[locale] },
          ...scene.responses[id].then.map(line),
        ],
      })),
      accepted: [
        ...effects.map((effect) => fact(effect, effect.field.includes('.mind.') ? 'mind' : 'body')),
        narrate(family[locale], 'family'),
        narrate(school[locale], 'school'),
        ...law.map((article) => fact(article, 'law')),
      ],
    };
  });

  const drugs = bodyDrugs.map((drug): DrugScript => ({
    id: drug.id,
    name: drug.name[locale],
    entries: drug.entries.map((slug) => ({ slug, title: entryOf(slug).title })),
    effects: drug.claims.map((claim) => {
      const entry = entryOf(claim.entry);
      return {
        organs: claim.organs,
        term: termOf(claim),
        text: factText(entry, claim, locale),
        entry: claim.entry,
        source: sourceOf(entry, claim),
      };
    }),
  }));

  return {
    steps,
    scenes,
    drugs,
    organs: organIds.map((id) => ({ id, name: organNames[id][locale] })),
  };
}

/** Every source the script's facts cite, once each, in the order they first appear. */
export function sourcesOf(script: VrScript): SourceLink[] {
  const all = [
    ...script.scenes.flatMap((scene) => scene.accepted.flatMap((line) => line.source ?? [])),
    ...script.drugs.flatMap((drug) => drug.effects.map((effect) => effect.source)),
  ];
  return [...new Map(all.map((source) => [source.url, source])).values()];
}
