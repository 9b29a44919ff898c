import { z } from 'astro/zod';
import { quizTopics } from '../encyclopedia/taxonomy';
import { line, slug } from '../schemaFields';
import { gradeBands } from './bank';

/**
 * The quiz definition format (`quizzes/definitions/*.yaml`). Each mode brings its defaults, so
 * a definition says only what differs; `resolveDefinition` fills in the rest, and the server
 * reads the result as it is (pocketbase/internal/quiz/definition.go never guesses a default).
 */

export const quizModes = ['practice', 'test', 'daily', 'contest', 'kiosk'] as const;
export type QuizMode = (typeof quizModes)[number];

const localized = z.object({ 'zh-cn': line, en: line }).strict();
const seconds = z.number().int().min(0).max(7200);

const pool = z
  .object({
    topics: z.array(z.enum(quizTopics)).default([]),
    grades: z.array(z.enum(gradeBands)).default([]),
    /** Relative weights of difficulty 1, 2 and 3, e.g. { 1: 2, 2: 2, 3: 1 }; empty: any mix. */
    difficulty: z.partialRecord(z.enum(['1', '2', '3']), z.number().min(0)).default({}),
  })
  .strict();

/** What a definition file may say; every field but slug, mode, title and summary has a default. */
export const definitionFile = z
  .object({
    slug,
    mode: z.enum(quizModes),
    title: localized,
    summary: localized,
    count: z.number().int().min(1).max(50).optional(),
    pool: pool.default({ topics: [], grades: [], difficulty: {} }),
    /** Contest divisions (primary, secondary…), each with its own pool grades and leaderboard. */
    groups: z
      .array(z.object({ id: slug, grades: z.array(z.enum(gradeBands)).min(1) }).strict())
      .default([]),
    time: z
      .object({ perQuestion: seconds.optional(), total: seconds.optional() })
      .strict()
      .optional(),
    /** 0 means unlimited. */
    attemptsPerDay: z.number().int().min(0).max(100).optional(),
    window: z
      .object({ opens: z.iso.datetime({ offset: true }), closes: z.iso.datetime({ offset: true }) })
      .strict()
      .optional(),
    shuffle: z.object({ questions: z.boolean(), options: z.boolean() }).strict().optional(),
    scoring: z
      .object({
        method: z.enum(['speed', 'accuracy']),
        points: z.number().int().min(1).max(10000).default(1000),
        streakBonus: z.boolean(),
      })
      .strict()
      .optional(),
    feedback: z.enum(['each', 'end']).optional(),
    /** Contests: days after closing that the hashed IP and user agent are kept for fraud review. */
    reviewDays: z.number().int().min(0).max(90).optional(),
  })
  .strict();

export type DefinitionFile = z.infer<typeof definitionFile>;

/** A definition with every default filled in: what the sync stores and the pages show. */
export interface QuizDefinition {
  slug: string;
  mode: QuizMode;
  title: Record<'zh-cn' | 'en', string>;
  summary: Record<'zh-cn' | 'en', string>;
  count: number;
  pool: { topics: string[]; grades: string[]; difficulty: Record<string, number> };
  groups: { id: string; grades: string[] }[];
  time: { perQuestion: number; total: number };
  attemptsPerDay: number;
  window: { opens: string; closes: string } | null;
  shuffle: { questions: boolean; options: boolean };
  scoring: { method: 'speed' | 'accuracy'; points: number; streakBonus: boolean };
  feedback: 'each' | 'end';
  reviewDays: number;
}

type ModeDefaults = Pick<
  QuizDefinition,
  'count' | 'time' | 'attemptsPerDay' | 'shuffle' | 'scoring' | 'feedback' | 'reviewDays'
>;

/**
 * What each mode means when a definition is silent. Practice teaches (feedback at once, no
 * clock, speed never counts); a test is Kahoot-like; the daily challenge is five questions once
 * a day; a contest is the national-contest style (accuracy, one attempt a day, ties broken by
 * time); a kiosk round is short and forgiving.
 */
export const modeDefaults: Record<QuizMode, ModeDefaults> = {
  practice: {
    count: 10,
    time: { perQuestion: 0, total: 0 },
    attemptsPerDay: 0,
    shuffle: { questions: true, options: true },
    scoring: { method: 'accuracy', points: 1000, streakBonus: false },
    feedback: 'each',
    reviewDays: 0,
  },
  test: {
    count: 10,
    time: { perQuestion: 20, total: 0 },
    attemptsPerDay: 0,
    shuffle: { questions: true, options: true },
    scoring: { method: 'speed', points: 1000, streakBonus: true },
    feedback: 'end',
    reviewDays: 0,
  },
  daily: {
    count: 5,
    time: { perQuestion: 20, total: 0 },
    attemptsPerDay: 1,
    shuffle: { questions: false, options: true },
    scoring: { method: 'speed', points: 1000, streakBonus: true },
    feedback: 'each',
    reviewDays: 0,
  },
  contest: {
    count: 20,
    time: { perQuestion: 0, total: 600 },
    attemptsPerDay: 1,
    shuffle: { questions: true, options: true },
    scoring: { method: 'accuracy', points: 5, streakBonus: false },
    feedback: 'end',
    reviewDays: 14,
  },
  kiosk: {
    count: 4,
    time: { perQuestion: 30, total: 0 },
    attemptsPerDay: 0,
    shuffle: { questions: true, options: true },
    scoring: { method: 'accuracy', points: 1000, streakBonus: false },
    feedback: 'each',
    reviewDays: 0,
  },
};

/** Fills a parsed definition file with its mode's defaults. */
export function resolveDefinition(file: DefinitionFile): QuizDefinition {
  const defaults = modeDefaults[file.mode];
  return {
    slug: file.slug,
    mode: file.mode,
    title: file.title,
    summary: file.summary,
    count: file.count ?? defaults.count,
    pool: file.pool,
    groups: file.groups,
    time: {
      perQuestion: file.time?.perQuestion ?? defaults.time.perQuestion,
      total: file.time?.total ?? defaults.time.total,
    },
    attemptsPerDay: file.attemptsPerDay ?? defaults.attemptsPerDay,
    window: file.window ?? null,
    shuffle: file.shuffle ?? defaults.shuffle,
    scoring: file.scoring ?? defaults.scoring,
    feedback: file.feedback ?? defaults.feedback,
    reviewDays: file.reviewDays ?? defaults.reviewDays,
  };
}

/** What is wrong with a resolved definition on its own (pool sizes are checked against the bank). */
export function definitionProblems(d: QuizDefinition): string[] {
  const problems: string[] = [];
  const timed = d.time.perQuestion > 0 || d.time.total > 0;
  if (d.scoring.method === 'speed' && !timed)
    problems.push('speed scoring needs a time limit (time.perQuestion or time.total)');
  if (d.mode === 'daily' && d.count !== 5) problems.push('a daily challenge has 5 questions');
  if (d.mode === 'kiosk' && (d.count < 3 || d.count > 5))
    problems.push('a kiosk quick quiz has 3 to 5 questions');
  if (d.mode === 'contest') {
    if (!d.window) problems.push('a contest needs a window (opens, closes)');
    if (d.groups.length === 0) problems.push('a contest needs groups (e.g. primary, secondary)');
    if (d.attemptsPerDay !== 1) problems.push('a contest allows one attempt per day');
  } else if (d.groups.length > 0) problems.push('only contests have groups');
  if (d.window && Date.parse(d.window.closes) <= Date.parse(d.window.opens))
    problems.push('the window closes before it opens');
  if (new Set(d.groups.map((g) => g.id)).size !== d.groups.length)
    problems.push('two groups share an id');
  return problems;
}
