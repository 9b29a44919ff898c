import type { Locale } from '../locale';

/** The stations a kiosk can offer, in the order of its home screen. */
export const stations = ['spot', 'quiz', 'pledge', 'vr'] as const;
export type Station = (typeof stations)[number];

/** A kiosk quiz question as a paired kiosk holds it: both locales and the key. */
export interface KioskQuestion {
  id: string;
  type: 'single' | 'multiple' | 'truefalse' | 'image';
  difficulty: number;
  images?: string[];
  entry?: string;
  text: Record<Locale, { stem: string; options: string[] | null; explanation: string }>;
  /** Bank option indices, or true/false. */
  answer: number[] | boolean;
}

/** What GET /api/jindu/kiosk (and pairing) returns: everything the kiosk needs offline. */
export interface KioskConfig {
  id: string;
  name: string;
  venue: string;
  campaign: string;
  stations: Station[];
  language: Locale;
  idleSeconds: number;
  province: string;
  city: string;
  pin: { salt: string; iterations: number; hash: string };
  quiz: { slug: string; count: number; perQuestion: number; questions: KioskQuestion[] };
}

/** What the operator may change on the kiosk itself, over its configuration. */
export interface BoothSettings {
  stations: Station[];
  language: Locale;
  idleSeconds: number;
}

/** A visitor action waiting in the offline queue. */
export type QueuedItem =
  | { key: string; kind: 'quiz'; at: number; data: QuizPlay }
  | { key: string; kind: 'pledge'; at: number; data: BoothPledge }
  | { key: string; kind: 'spot'; at: number; data: SpotPlay };

export interface QuizPlay {
  quiz: string;
  locale: Locale;
  answers: { question: string; choice: number[] | boolean | null; correct: boolean; ms: number }[];
}

export interface BoothPledge {
  ageBand: 'under14' | '14to17' | '18plus';
  initial: string;
  province: string;
  city: string;
  code: string;
}

export interface SpotPlay {
  model: string;
  picked: string;
  correct: boolean;
}

/** Today's figures for the operator panel, counted on the kiosk as visitors act. */
export interface DayCounts {
  day: string;
  visitors: number;
  quizzes: number;
  pledges: number;
  plays: number;
}
