/**
 * Where a quiz participant says they come from, for the campaign office's figures by region
 * and grade (pocketbase/internal/quiz/profile.go): all optional, never a name. The last
 * answers are kept in this browser and offered again next time.
 */
export interface Origin {
  /** A province or city code (GB/T 2260). */
  region?: string;
  school?: string;
  grade?: string;
}

export const originGrades = ['primary', 'junior', 'senior', 'university', 'adult'] as const;

/** The grades whose school is sent: nobody there is under 14 (the server keeps no other). */
export const schoolGrades: readonly string[] = ['senior', 'university'];

const storageKey = 'jindu.quiz.origin';

/** The answers given last time, or none. */
export function rememberedOrigin(): Origin {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Origin;
    return typeof saved === 'object' && saved ? saved : {};
  } catch {
    return {};
  }
}

/** Keeps the answers for next time and returns what is sent (the school only where kept). */
export function originToSend(origin: Origin): Origin {
  const sent: Origin = {};
  if (origin.grade) sent.grade = origin.grade;
  if (origin.region) sent.region = origin.region;
  if (origin.school?.trim() && origin.grade && schoolGrades.includes(origin.grade))
    sent.school = origin.school.trim();
  try {
    localStorage.setItem(storageKey, JSON.stringify(sent));
  } catch {
    // private browsing: nothing is remembered, the quiz still starts
  }
  return sent;
}
