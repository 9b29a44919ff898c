import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { validateBanks, question, type BankContext, type BankSource, type Question } from './bank';
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
  questions: Question[];
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
 * Reads and checks the banks in `quizzes/banks` and the definitions in `quizzes/definitions`
 * (plus `extraDefinitions`, e.g. test fixtures), including that each quiz's pool can fill it.
 */
export function readQuizFiles(root: string, extraDefinitions: string[] = []): QuizFiles {
  const banks = readYamlFiles(root, 'quizzes/banks');
  const problems = validateBanks(banks, bankContext(root));
  const questions = banks.flatMap(({ data }) =>
    ((data as { questions?: unknown[] })?.questions ?? []).flatMap((raw) => {
      const parsed = question.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    }),
  );

  const definitions: QuizDefinition[] = [];
  const slugs = new Map<string, string>();
  for (const { file, data } of ['quizzes/definitions', ...extraDefinitions].flatMap((dir) =>
    readYamlFiles(root, dir),
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
  return { questions, definitions, problems };
}

/** Questions a pool (optionally narrowed to a contest group's grades) can draw. */
export function poolQuestions(
  definition: QuizDefinition,
  questions: Question[],
  grades = definition.pool.grades,
): Question[] {
  const { topics } = definition.pool;
  return questions.filter(
    (q) =>
      (topics.length === 0 || q.topics.some((topic) => topics.includes(topic))) &&
      (grades.length === 0 || q.grades.some((grade) => grades.includes(grade))),
  );
}

/** A pool must hold the quiz twice over, so attempts differ; a daily pool a month's worth. */
function poolProblems(definition: QuizDefinition, questions: Question[]): string[] {
  const needed = definition.mode === 'daily' ? definition.count * 6 : definition.count * 2;
  const pools = definition.groups.length
    ? definition.groups.map((group) => ({ label: `group ${group.id}`, grades: group.grades }))
    : [{ label: 'the pool', grades: definition.pool.grades }];
  return pools.flatMap(({ label, grades }) => {
    const size = poolQuestions(definition, questions, grades).length;
    return size < needed ? [`${label} has ${size} questions; it needs at least ${needed}`] : [];
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
      sources: q.sources,
      text: { 'zh-cn': q['zh-cn'], en: q.en },
    })),
    quizzes: files.definitions,
  };
}
