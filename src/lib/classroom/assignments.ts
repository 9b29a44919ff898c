import { ApiError, call, pb } from '../api';
import type { Locale } from '../locale';
import { recordsError } from './teacher';
import type { Rates } from './types';

/**
 * Assignments: a teacher gives a class a quiz to do by a due time (the "assignments" records,
 * their own only), reads who did it on time, late or not at all, and may void an attempt; a
 * student opens the class's list with the class code or their roster card (see cards.ts) and
 * plays the quiz page with ?assignment=. Due times are shown and typed in Beijing time
 * (Asia/Shanghai), wherever the browser is.
 */

const base = '/api/jindu/classroom/assignments';
const zone = 'Asia/Shanghai';
/** Asia/Shanghai is UTC+8 all year (no daylight saving). */
const shanghaiOffsetMs = 8 * 3_600_000;

export type StudentStatusCode = 'on_time' | 'late' | 'missing';

export interface StatusCounts {
  onTime: number;
  late: number;
  missing: number;
  offRoster: number;
}

/** One of the teacher's assignments (GET /assignments). */
export interface AssignmentSummary {
  id: string;
  classId: string;
  className: string;
  quiz: string;
  quizTitle: string;
  /** Unix ms. */
  due: number;
  created: string;
  roster: number;
  counts: StatusCounts;
}

/** One student's line: their first finished attempt counts. */
export interface StudentStatus {
  nickname: string;
  onRoster: boolean;
  status: StudentStatusCode;
  attempts: number;
  score?: number;
  correct?: number;
  questions?: number;
  finishedAt?: number;
  /** The counted attempt's id, which the teacher can void. */
  attempt?: string;
}

export interface AssignmentStatus extends AssignmentSummary {
  serverNow: number;
  students: StudentStatus[];
  rates: Rates;
}

/** A class's assignments as a student sees them after typing the class code. */
export interface ClassAssignments {
  className: string;
  /** The class has a roster: starting needs the student's card (the roster is never sent). */
  cards: boolean;
  serverNow: number;
  assignments: { id: string; quiz: string; title: string; due: number; past: boolean }[];
}

/** What the quiz page needs to play an assignment, kept from the class list. */
export interface AssignmentContext {
  id: string;
  quiz: string;
  className: string;
  due: number;
  nickname: string;
  /** The student's card code, for a class with a roster (the server plays it as its nickname). */
  card?: string;
}

export async function listAssignments(locale: Locale): Promise<AssignmentSummary[]> {
  const reply = await call<{ assignments: AssignmentSummary[] }>('GET', base, {
    query: { locale },
  });
  return reply.assignments;
}

export function assignmentStatus(id: string, locale: Locale): Promise<AssignmentStatus> {
  return call<AssignmentStatus>('GET', `${base}/${encodeURIComponent(id)}/status`, {
    query: { locale },
  });
}

/** Creates an assignment through the records API; a refused field throws FieldErrors. */
export async function createAssignment(input: {
  classId: string;
  quiz: string;
  /** ISO 8601. */
  due: string;
}): Promise<void> {
  try {
    await pb
      .collection('assignments')
      .create({ class: input.classId, quiz: input.quiz, due: input.due });
  } catch (error) {
    throw recordsError(error, 'assignment_not_found');
  }
}

export async function deleteAssignment(id: string): Promise<void> {
  try {
    await pb.collection('assignments').delete(id);
  } catch (error) {
    throw recordsError(error, 'assignment_not_found');
  }
}

/** A class's assignments, for the class code a student typed. */
export function openAssignments(code: string, locale: Locale): Promise<ClassAssignments> {
  return call<ClassAssignments>('GET', `${base}/open`, {
    query: { code: code.trim().toUpperCase(), locale },
  });
}

/**
 * Voids a counted attempt (done under someone else's name, or cut short): it no longer counts
 * and the student's next finished attempt does. Returns the assignment's new status.
 */
export function voidAttempt(
  id: string,
  attempt: string,
  locale: Locale,
): Promise<AssignmentStatus> {
  const path = `${base}/${encodeURIComponent(id)}/attempts/${encodeURIComponent(attempt)}/void`;
  return call<AssignmentStatus>('POST', path, { query: { locale } });
}

const contextKey = (id: string) => `jindu.assignment.${id}`;

/** Remembers the chosen assignment, nickname and card for the quiz page (and a reload of it). */
export function rememberAssignment(context: AssignmentContext): void {
  localStorage.setItem(contextKey(context.id), JSON.stringify(context));
}

/** The remembered assignment, or null if this browser never opened it from the class list. */
export function rememberedAssignment(id: string): AssignmentContext | null {
  try {
    const stored = JSON.parse(localStorage.getItem(contextKey(id)) ?? 'null') as AssignmentContext;
    return stored?.id === id && stored.nickname ? stored : null;
  } catch {
    return null;
  }
}

/**
 * A `datetime-local` value typed as Beijing time, as an ISO instant.
 * @example shanghaiToIso('2026-05-20T18:00') // '2026-05-20T10:00:00.000Z'
 */
export function shanghaiToIso(local: string): string {
  const date = new Date(`${local}:00+08:00`);
  if (Number.isNaN(date.getTime())) throw new ApiError(400, 'invalid', 'not a date');
  return date.toISOString();
}

/**
 * An instant as a `datetime-local` value in Beijing time.
 * @example shanghaiLocal(Date.UTC(2026, 4, 20, 10)) // '2026-05-20T18:00'
 */
export function shanghaiLocal(ms: number): string {
  return new Date(ms + shanghaiOffsetMs).toISOString().slice(0, 16);
}

/** The default due time: a week from now, at 22:00 Beijing time. */
export function defaultDue(now: number): string {
  return `${shanghaiLocal(now + 7 * 86_400_000).slice(0, 10)}T22:00`;
}

/**
 * A due time for people, in Beijing time whatever the browser's zone.
 * @example formatDue(Date.UTC(2026, 4, 20, 10), 'en') // 'May 20, 2026, 6:00 PM'
 */
export function formatDue(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-CN', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone,
  }).format(ms);
}
