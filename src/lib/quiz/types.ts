/**
 * What the quiz routes under /api/jindu/ send, mirrored from pocketbase/internal/quiz/*.go
 * (views.go, state.go, route_answer.go, route_leaderboard.go, route_status.go).
 */

export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'image';
export type Outcome = 'correct' | 'partial' | 'wrong' | 'skipped' | 'timed_out';
/** Shown option positions, or true/false; null when no answer was given. */
export type Choice = number[] | boolean | null;

export interface QuestionView {
  index: number;
  id: string;
  type: QuestionType;
  stem: string;
  /** Option texts in this attempt's order; for image questions, each picture's description. */
  options?: string[];
  /** Picture URLs, for image questions, in the same order as options. */
  images?: string[];
  startedAt?: number;
  /** When the question closes (Unix ms, server clock); absent when untimed. */
  deadline?: number;
}

export interface Feedback {
  outcome: Outcome;
  points: number;
  correctChoice: number[] | boolean;
  explanation: string;
  entry?: string;
}

export interface AnsweredView {
  index: number;
  question: string;
  status: 'answered' | 'timed_out' | 'skipped';
  feedback?: Feedback;
}

export interface TopicScore {
  topic: string;
  correct: number;
  total: number;
}

export interface Streak {
  current: number;
  best: number;
  doneToday: boolean;
}

export interface ResultQuestion extends QuestionView {
  choice: Choice;
  feedback: Feedback;
}

export interface ResultView {
  score: number;
  maxScore: number;
  correct: number;
  total: number;
  timeUsedMs: number;
  fullMarks: boolean;
  topics: TopicScore[];
  questions: ResultQuestion[];
  streak?: Streak;
  /** A contest still open keeps its answers until this time (Unix ms); questions is empty until then. */
  answersFrom?: number;
}

export interface Scoring {
  method: 'speed' | 'accuracy';
  points: number;
  streakBonus: boolean;
}

export interface AttemptState {
  id: string;
  quiz: string;
  mode: string;
  group?: string;
  /** The class assignment, and the roster nickname, the attempt is for. */
  assignment?: string;
  nickname?: string;
  status: 'open' | 'finished';
  count: number;
  serverNow: number;
  startedAt: number;
  deadline: number;
  perQuestionMs: number;
  feedback: 'each' | 'end';
  scoring: Scoring;
  score?: number;
  answered: AnsweredView[];
  current: QuestionView | null;
  /** A paced quiz between questions: the next one starts (with its clock) on request. */
  awaitingNext?: boolean;
  result?: ResultView;
}

export interface AnswerReply {
  accepted: boolean;
  answer: AnsweredView;
  score?: number;
  /** The next question, already running; null in a paced quiz (ask for it with nextQuestion). */
  next: QuestionView | null;
  state?: AttemptState;
}

export interface Place {
  rank: number;
  nickname: string;
  score: number;
  timeUsedMs: number;
  /** The daily challenge's days in a row, which rank first on its board. */
  streak?: number;
  me?: boolean;
}

export interface Board {
  period: 'today' | 'week';
  group?: string;
  /** What ranks first: the daily challenge's streak of days, or the score. */
  rankedBy: 'streak' | 'score';
  places: Place[];
  me?: Place;
}

export interface QuizStatus {
  open: boolean;
  attemptsToday: number;
  attemptsPerDay: number;
  unfinished?: string;
  /** Today's last finished attempt, once today's attempts are used up: shown for review. */
  finishedToday?: string;
  streak?: Streak;
  serverNow: number;
}

export interface Participant {
  id: string;
  nickname: string;
  token: string;
}
