/**
 * The encyclopedia's fixed vocabularies. Content frontmatter, index filters, search and the
 * quiz topic links all read these lists, so a new value is added in one place.
 */

/** How an entry is grouped on the index, following the usual Chinese classification. */
export const categories = [
  'traditional',
  'synthetic',
  'plant',
  'disguise',
  'medicine',
  'not-controlled',
] as const;
export type Category = (typeof categories)[number];

/** The main effect on the central nervous system; `varies` for mixtures sold under one name. */
export const effectClasses = [
  'depressant',
  'stimulant',
  'hallucinogen',
  'mixed',
  'varies',
] as const;
export type EffectClass = (typeof effectClasses)[number];

/**
 * Which Chinese list controls a substance. `named-in-law` covers the six drugs 禁毒法 Art. 2
 * names outright; `supplement` is the 非药用类 supplementary list; `depends-on-contents` is for
 * disguised products whose legal status follows what is inside them.
 */
export const legalLists = [
  'named-in-law',
  'narcotic',
  'psychotropic-1',
  'psychotropic-2',
  'supplement',
  'depends-on-contents',
  'not-controlled',
] as const;
export type LegalList = (typeof legalLists)[number];

/** Quiz topics shared with the quiz engine's question banks. */
export const quizTopics = ['identification', 'harms', 'law', 'refusal', 'history', 'help'] as const;
export type QuizTopic = (typeof quizTopics)[number];

/** Slugs taken by the law, history and prevention guides, which no entry may reuse. */
export const guideSlugs = ['law', 'history', 'prevention'] as const;
export type GuideSlug = (typeof guideSlugs)[number];
