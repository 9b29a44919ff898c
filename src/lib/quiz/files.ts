import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  bankFile,
  validateBanks,
  question,
  type BankContext,
  type BankQuestion,
  type BankSource,
} from './bank';
import {
  definitionFile,
  definitionProblems,
  resolveDefinition,
  type QuizDefinition,
} from './definition';
import { quizImageUrl } from './images';

/**
 * Reads `quizzes/` from disk: every bank and definition, validated together. The unit tests,
 * the sync command and the site build all come through here, so they agree on what is valid.
 */

export interface QuizFiles {
  questions: BankQuestion[];
  definitions: QuizDefinition[];
  /** Every problem, each naming its file (and question); empty when all is well. */
  problems: string[];
}

/** The YAML files in a folder, parsed, with paths relative to `root` for messages. */
export function readYamlFiles(root: string, dir: string): BankSource[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      file: path.join(dir, name),
      data: parse(readFileSync(path.join(full, name), 'utf8')) as unknown,
    }));
}

/** Encyclopedia slugs and illustration ids, which questions may refer to. */
export function bankContext(root: string): BankContext {
  const entries = path.join(root, 'content/encyclopedia/zh-cn');
  const pictures = path.join(root, 'src/assets/illustrations');
  return {
    entries: new Set(readdirSync(entries).map((name) => name.replace(/\.md$/, ''))),
    illustrations: new Set(readdirSync(pictures).map((name) => name.replace(/\.svg$/, ''))),
  };
}

/**
 * Reads and checks the banks and definitions in `quizzes/` and in each of `extraDirs` (folders
 * laid out like it, with `banks/` and `definitions/`: the tests' own quizzes, or a campaign's
 * private contest bank kept out of the public repository), including that each quiz's pool can
 * fill it and that every reserved bank belongs to a contest.
 */
export function readQuizFiles(root: string, extraDirs: string[] = []): QuizFiles {
  const dirs = ['quizzes', ...extraDirs];
  const banks = dirs.flatMap((dir) => readYamlFiles(root, path.join(dir, 'banks')));
  const problems = validateBanks(banks, bankContext(root));
  const questions = banks.flatMap(({ data }) => {
    const reserved = bankFile.safeParse(data).data?.reserved ?? null;
    return ((data as { questions?: unknown[] })?.questions ?? []).flatMap((raw) => {
      const parsed = question.safeParse(raw);
      return parsed.success ? [{ ...parsed.data, reserved }] : [];
    });
  });

  const definitions: QuizDefinition[] = [];
  const slugs = new Map<string, string>();
  for (const { file, data } of dirs.flatMap((dir) =>
    readYamlFiles(root, path.join(dir, 'definitions')),
  )) {
    const parsed = definitionFile.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${file}: ${issue.path.join('.') || 'definition'}: ${issue.message}`);
      continue;
    }
    const definition = resolveDefinition(parsed.data);
    const earlier = slugs.get(definition.slug);
    if (earlier) problems.push(`${file}: slug "${definition.slug}" is also used by ${earlier}`);
    slugs.set(definition.slug, file);
    for (const problem of [
      ...definitionProblems(definition),
      ...poolProblems(definition, questions),
    ])
      problems.push(`${file}: ${problem}`);
    definitions.push(definition);
  }
  problems.push(...reservationProblems(banks, definitions));
  return { questions, definitions, problems };
}

/**
 * Questions a quiz can draw: for a contest, those reserved for it; for any other quiz, those
 * reserved for no contest (a reserved question is never asked elsewhere). Optionally narrowed
 * to a contest group's grades.
 */
export function poolQuestions(
  definition: QuizDefinition,
  questions: BankQuestion[],
  grades = definition.pool.grades,
): BankQuestion[] {
  const { topics } = definition.pool;
  const reserved = definition.mode === 'contest' ? definition.slug : null;
  return questions.filter(
    (q) =>
      q.reserved === reserved &&
      (topics.length === 0 || q.topics.some((topic) => topics.includes(topic))) &&
      (grades.length === 0 || q.grades.some((grade) => grades.includes(grade))),
  );
}

/**
 * How many questions a pool must hold for a quiz of `count`: twice over for most quizzes, so
 * attempts differ; a daily pool twenty times, so each participant's five are their own; a
 * contest's reserved pool five times, so one entrant's paper is not everyone's.
 */
export function poolMinimum(definition: QuizDefinition): number {
  const factor = { daily: 20, contest: 5 }[definition.mode as string] ?? 2;
  return definition.count * factor;
}

function poolProblems(definition: QuizDefinition, questions: BankQuestion[]): string[] {
  const needed = poolMinimum(definition);
  const contest = definition.mode === 'contest';
  const pools = definition.groups.length
    ? definition.groups.map((group) => ({ label: `group ${group.id}`, grades: group.grades }))
    : [{ label: 'the pool', grades: definition.pool.grades }];
  return pools.flatMap(({ label, grades }) => {
    const size = poolQuestions(definition, questions, grades).length;
    const held = contest ? 'questions reserved for it' : 'questions';
    return size < needed ? [`${label} has ${size} ${held}; it needs at least ${needed}`] : [];
  });
}

/** A bank may only be reserved for a contest that exists. */
function reservationProblems(banks: BankSource[], definitions: QuizDefinition[]): string[] {
  const contests = new Set(definitions.filter((d) => d.mode === 'contest').map((d) => d.slug));
  return banks.flatMap(({ file, data }) => {
    const reserved = bankFile.safeParse(data).data?.reserved;
    return reserved && !contests.has(reserved)
      ? [`${file}: reserved for "${reserved}", which is not a contest's slug`]
      : [];
  });
}

/** The JSON `jindu quizzes sync` reads: questions with keys and picture URLs, and definitions. */
export function syncPayload(root: string, files: QuizFiles) {
  const svg = (id: string) =>
    readFileSync(path.join(root, 'src/assets/illustrations', `${id}.svg`), 'utf8');
  return {
    questions: files.questions.map((q) => ({
      id: q.id,
      type: q.type,
      topics: q.topics,
      grades: q.grades,
      difficulty: q.difficulty,
      entry: q.entry ?? '',
      images: (q.images ?? []).map((id) => quizImageUrl(svg(id))),
      answer: q.answer,
      reserved: q.reserved ?? '',
      sources: q.sources,
      text: { 'zh-cn': q['zh-cn'], en: q.en },
    })),
    quizzes: files.definitions,
  };
}
