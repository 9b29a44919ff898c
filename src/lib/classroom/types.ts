/**
 * The classroom routes' payloads (/api/jindu/classroom/…), copied from the Go views in
 * pocketbase/internal/classroom (views.go, report.go, routes_report.go, settings.go). Shared by
 * the live (player, projector) and the teacher (dashboard, report) islands.
 */
import type { Choice, Outcome, QuestionType, QuestionView } from '../quiz/types';

export type Phase = 'lobby' | 'question' | 'closed' | 'ended';

/**
 * A question as the room sees it, with no key until it closes: the quiz engine's QuestionView,
 * which the server sends for live sessions too (views.go uses quiz.QuestionView).
 */
export type LiveQuestion = QuestionView;

/** A closed question: the key, why, and how the room answered. */
export interface LiveResult {
  skipped: boolean;
  /** The right options' shown positions, or true/false. */
  correct: number[] | boolean;
  explanation: string;
  /** How many chose each shown option ([true, false] for true/false). */
  counts: number[];
}

/** A player's place on a leaderboard; delta is what the last question earned them. */
export interface Standing {
  playerId: string;
  nickname: string;
  score: number;
  rank: number;
  delta: number;
}

/** What everyone in the room may see; also every realtime message on classroom/{sessionId}. */
export interface PublicView {
  sessionId: string;
  version: number;
  phase: Phase;
  paused: boolean;
  locked: boolean;
  index: number;
  total: number;
  question?: LiveQuestion;
  openedAt?: number;
  deadline?: number;
  serverNow: number;
  timeLeftMs: number;
  answeredCount: number;
  activePlayers: number;
  result?: LiveResult;
  leaderboard?: Standing[];
  podium?: Standing[];
}

/** How a live session plays (settings.go); the server fills in what is left out. */
export interface SessionSettings {
  scoring: 'speed' | 'accuracy';
  /** What a right answer is worth, 0–2000. */
  points: number;
  streak: boolean;
  leaderboard: 'each' | 'end';
  /** The podium's size, 1–10. */
  winners: number;
  /** Seconds per question, 5–240. */
  seconds: number;
}

/** A player as the teacher sees them in the lobby. */
export interface PlayerSummary {
  id: string;
  nickname: string;
  score: number;
  answered: boolean;
}

/** The projector's state. */
export interface HostView extends PublicView {
  code: string;
  title: string;
  locale: string;
  classId?: string;
  settings: SessionSettings;
  players: PlayerSummary[];
}

/** A player's own answer; the outcome and points show once the question closed. */
export interface OwnAnswer {
  index: number;
  choice: Choice;
  outcome?: Outcome;
  points?: number;
}

/** A phone's state: the public view plus the player's own. */
export interface PlayerView extends PublicView {
  me: {
    playerId: string;
    nickname: string;
    score: number;
    /** Shown when the leaderboard is (after each question, or at the end). */
    rank?: number;
    streak: number;
    answer?: OwnAnswer;
  };
}

/** POST /join's answer. */
export interface Joined {
  sessionId: string;
  playerId: string;
  token: string;
  nickname: string;
}

/** A bank question for the session builder (GET /bank). */
export interface BankQuestion {
  id: string;
  type: QuestionType;
  topics: string[];
  grades: string[];
  difficulty: number;
  stem: string;
  options?: string[];
  images?: string[];
}

/** The session's headline figures; null when they cannot be worked out (see rates.go). */
export interface Rates {
  participants: number;
  roster: number;
  participationRate: number | null;
  averageScore: number | null;
  excellenceRate: number | null;
  awarenessRate: number | null;
}

/** One participant's line, best score first. */
export interface PlayerResult {
  playerId: string;
  nickname: string;
  score: number;
  correct: number;
  partial: number;
  answered: number;
  knowsBasics: boolean;
  excellent: boolean;
  /** The outcome per played question, in play order ('' when unanswered). */
  outcomes: (Outcome | '')[];
}

/** One played question, hardest first. */
export interface QuestionResult {
  index: number;
  id: string;
  stem: string;
  /** The choices in the order the room saw them (absent for true/false). */
  options?: string[];
  topics: string[];
  /** Credit ÷ participants (partly right counts half); null without participants. */
  correctRate: number | null;
  answered: number;
  counts: number[];
  correct: number[] | boolean;
}

/** Credit earned on a topic's questions ÷ what was possible. */
export interface TopicMastery {
  topic: string;
  questions: number;
  mastery: number | null;
}

/** A session's report (GET /sessions/{id}/report). */
export interface SessionReport {
  sessionId: string;
  title: string;
  classId?: string;
  phase: Phase;
  created: string;
  played: number;
  players: PlayerResult[];
  /** The class roster's names (in roster order) with no player who took part under them. */
  absent: string[];
  questions: QuestionResult[];
  topics: TopicMastery[];
  rates: Rates;
}

/** One session of a class in its trend (GET /classes/{id}/trend), oldest first. */
export interface TrendPoint {
  sessionId: string;
  title: string;
  created: string;
  phase: Phase;
  participants: number;
  averageScore: number | null;
  awarenessRate: number | null;
}
