import { z } from 'astro/zod';
import { quizTopics } from '../encyclopedia/taxonomy';
import { isoDate, line, slug, source } from '../schemaFields';
import { locales } from '../locale';

/**
 * The question bank format (`quizzes/banks/*.yaml`) and its validator. Plain zod and plain data
 * in, problems out, so `npm test`, the sync command and the build can all run it.
 */

export const questionTypes = ['single', 'multiple', 'truefalse', 'image'] as const;
export const gradeBands = ['primary', 'junior', 'senior', 'university', 'public'] as const;

/**
 * One language's words for a question. True/false questions have no options; image questions
 * describe each picture in `options` (its text alternative, saying what is visible, not what it is).
 */
const questionText = z
  .object({ stem: line, options: z.array(line).optional(), explanation: line })
  .strict();

export const question = z
  .object({
    /** Stable for ever: attempts and reports refer to it after the text changes. */
    id: slug,
    type: z.enum(questionTypes),
    topics: z.array(z.enum(quizTopics)).min(1),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    grades: z.array(z.enum(gradeBands)).min(1),
    /** The encyclopedia entry the explanation links to. */
    entry: slug.optional(),
    /** Image questions: the illustrations to choose from (src/assets/illustrations/<id>.svg). */
    images: z.array(slug).optional(),
    /** Indices of the right options (0-based), or true/false. */
    answer: z.union([z.array(z.number().int().min(0)).min(1), z.boolean()]),
    sources: z.array(source).min(1),
    /** The date a person last checked the question against its sources, like an entry's. */
    reviewed: isoDate,
    'zh-cn': questionText,
    en: questionText,
  })
  .strict();

export type Question = z.infer<typeof question>;

/**
 * A bank file. `reserved` names a contest: every question in the file belongs to that contest's
 * reserved pool, which nothing else draws from or reveals until the contest closes.
 */
export const bankFile = z
  .object({ reserved: slug.optional(), questions: z.array(z.unknown()).min(1) })
  .strict();

/** A question as read from its bank, with the contest it is reserved for (null: none). */
export type BankQuestion = Question & { reserved: string | null };

export interface BankSource {
  /** The file's path, for messages. */
  file: string;
  data: unknown;
}

export interface BankContext {
  /** Encyclopedia slugs a question may link to. */
  entries: ReadonlySet<string>;
  /** Illustration ids an image question may show. */
  illustrations: ReadonlySet<string>;
}

/** How many options a question offers: text options, or pictures for image questions. */
function optionCount(q: Question): number {
  return q.type === 'image' ? (q.images?.length ?? 0) : (q['zh-cn'].options?.length ?? 0);
}

/** What is wrong with one well-formed question on its own. */
function questionProblems(q: Question, context: BankContext): string[] {
  const problems: string[] = [];
  const textOptions = locales.map((locale) => q[locale].options?.length ?? 0);
  if (q.type === 'truefalse') {
    if (typeof q.answer !== 'boolean') problems.push('a true/false answer must be true or false');
    if (textOptions.some((n) => n > 0)) problems.push('a true/false question has no options');
  } else {
    if (typeof q.answer === 'boolean') problems.push(`a ${q.type} answer must list option numbers`);
    if (q.type === 'image') {
      if (optionCount(q) < 2) problems.push('an image question needs at least 2 images');
      for (const image of q.images ?? [])
        if (!context.illustrations.has(image)) problems.push(`unknown illustration "${image}"`);
      if (textOptions.some((n) => n !== optionCount(q)))
        problems.push('an image question describes each picture in options, in each locale');
    } else {
      if (textOptions.some((n) => n < 2)) problems.push('needs at least 2 options in each locale');
      if (new Set(textOptions).size > 1)
        problems.push('zh-cn and en have different numbers of options');
    }
    const answers = Array.isArray(q.answer) ? q.answer : [];
    for (const index of answers)
      if (index >= optionCount(q))
        problems.push(`answer ${index} is not an option (0–${optionCount(q) - 1})`);
    if (new Set(answers).size !== answers.length) problems.push('an answer is listed twice');
    if (q.type !== 'multiple' && answers.length > 1)
      problems.push(`a ${q.type} question has one answer`);
    if (q.type === 'multiple' && answers.length < 2)
      problems.push('a multiple-choice question has at least 2 answers');
  }
  if (q.entry && !context.entries.has(q.entry))
    problems.push(`unknown encyclopedia entry "${q.entry}"`);
  return problems;
}

/** A stem reduced to what makes two stems "the same": case, width, spaces and punctuation ignored. */
function stemKey(stem: string): string {
  return stem
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');
}

/**
 * Bank-level balance rules, judged per file so a contest's reserved bank stands on its own.
 * A file with fewer questions of a kind than the minimum is too small to judge.
 */
export const keyBalance = {
  /** True/false: the share of `true` keys must lie within this band. */
  trueShare: { min: 0.35, max: 0.65, minQuestions: 8 },
  /** Multiple choice: at most this share may mark every option but one as right. */
  allButOneShare: { max: 0.4, minQuestions: 5 },
} as const;

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * What is wrong with a bank file's keys taken together: true/false keys leaning one way, or so
 * many "all but one" multiple-choice keys that ticking all but one option is a winning guess.
 */
export function keyBalanceProblems(questions: Question[]): string[] {
  const problems: string[] = [];
  const trueFalse = questions.filter((q) => q.type === 'truefalse');
  const { trueShare, allButOneShare } = keyBalance;
  if (trueFalse.length >= trueShare.minQuestions) {
    const trues = trueFalse.filter((q) => q.answer === true).length;
    const share = trues / trueFalse.length;
    if (share < trueShare.min || share > trueShare.max)
      problems.push(
        `true/false keys are ${trueFalse.length - trues} false to ${trues} true (${percent(share)} true); keep the share of true keys between ${percent(trueShare.min)} and ${percent(trueShare.max)}`,
      );
  }
  const multiple = questions.filter((q) => q.type === 'multiple');
  if (multiple.length >= allButOneShare.minQuestions) {
    const allButOne = multiple.filter(
      (q) => Array.isArray(q.answer) && q.answer.length === optionCount(q) - 1,
    ).length;
    const share = allButOne / multiple.length;
    if (share > allButOneShare.max)
      problems.push(
        `${allButOne} of ${multiple.length} multiple-choice questions (${percent(share)}) mark every option but one as right; keep that at most ${percent(allButOneShare.max)} so the guess does not pay`,
      );
  }
  return problems;
}

/**
 * Every problem in a set of bank files, each naming the file and the question, e.g.
 * `quizzes/banks/law.yaml: law-001: answer 4 is not an option (0–3)`. Empty when all is well.
 */
export function validateBanks(sources: BankSource[], context: BankContext): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const stems = new Map<string, string>();
  for (const { file, data } of sources) {
    const parsedFile = bankFile.safeParse(data);
    if (!parsedFile.success) {
      problems.push(`${file}: must be a mapping with a non-empty "questions" list`);
      continue;
    }
    const valid: Question[] = [];
    parsedFile.data.questions.forEach((raw, position) => {
      const name = (raw as { id?: unknown })?.id;
      const label = `${file}: ${typeof name === 'string' ? name : `question ${position + 1}`}`;
      const parsed = question.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          problems.push(`${label}: ${issue.path.join('.') || 'question'}: ${issue.message}`);
        return;
      }
      const q = parsed.data;
      valid.push(q);
      const earlier = ids.get(q.id);
      if (earlier) problems.push(`${label}: duplicate id (also in ${earlier})`);
      ids.set(q.id, file);
      for (const locale of locales) {
        const key = `${locale}:${stemKey(q[locale].stem)}`;
        const same = stems.get(key);
        if (same) problems.push(`${label}: the ${locale} stem repeats ${same}`);
        stems.set(key, q.id);
      }
      for (const problem of questionProblems(q, context)) problems.push(`${label}: ${problem}`);
    });
    for (const problem of keyBalanceProblems(valid)) problems.push(`${file}: ${problem}`);
  }
  return problems;
}
