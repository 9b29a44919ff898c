import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  keyBalance,
  keyBalanceProblems,
  validateBanks,
  type BankContext,
  type Question,
} from '../../src/lib/quiz/bank';
import { bankContext, readQuizFiles, readYamlFiles } from '../../src/lib/quiz/files';
import { quizTopics } from '../../src/lib/encyclopedia/taxonomy';
import { root } from '../support/content';

const context: BankContext = bankContext(root);

describe('question banks', () => {
  const files = readQuizFiles(root);

  it('every bank in quizzes/banks and every definition passes the validator', () => {
    expect(files.problems).toEqual([]);
  });

  it('holds at least 300 questions, balanced across topics and grade bands', () => {
    expect(files.questions.length).toBeGreaterThanOrEqual(300);
    for (const topic of quizTopics)
      expect(files.questions.filter((q) => q.topics.includes(topic)).length).toBeGreaterThanOrEqual(
        40,
      );
    for (const grade of ['primary', 'junior', 'senior', 'university', 'public'] as const)
      expect(files.questions.filter((q) => q.grades.includes(grade)).length).toBeGreaterThanOrEqual(
        100,
      );
  });

  it('names the file and the question for each problem in a broken bank', () => {
    const problems = validateBanks(readYamlFiles(root, 'tests/fixtures/quizzes'), context);
    const file = path.join('tests/fixtures/quizzes', 'broken.yaml');
    expect(problems).toContain(
      `${file}: broken-answer-not-an-option: answer 4 is not an option (0–3)`,
    );
    expect(problems.some((p) => p.startsWith(`${file}: broken-missing-english: en:`))).toBe(true);
    expect(problems.some((p) => p.includes('duplicate id (also in'))).toBe(true);
    expect(
      problems.some((p) => p.includes('the zh-cn stem repeats broken-answer-not-an-option')),
    ).toBe(true);
    expect(problems.some((p) => p.includes('sources:'))).toBe(true);
    expect(problems.some((p) => p.includes('en.explanation:'))).toBe(true);
  });

  it('rejects a multiple-choice question with one answer and an image question with an unknown picture', () => {
    const base = {
      topics: ['identification'],
      difficulty: 1,
      grades: ['public'],
      sources: [{ title: 'S', url: 'https://example.org/', accessed: '2026-11-23' }],
      reviewed: '2026-11-23',
    };
    const problems = validateBanks(
      [
        {
          file: 'inline.yaml',
          data: {
            questions: [
              {
                ...base,
                id: 'one-answer',
                type: 'multiple',
                answer: [0],
                'zh-cn': { stem: '多选', options: ['甲', '乙'], explanation: '解析' },
                en: { stem: 'Multiple', options: ['A', 'B'], explanation: 'Why' },
              },
              {
                ...base,
                id: 'bad-picture',
                type: 'image',
                images: ['milk-tea-sachet', 'no-such-picture'],
                answer: [1],
                'zh-cn': { stem: '图片', options: ['奶茶包', '纸片'], explanation: '解析' },
                en: { stem: 'Picture', options: ['Sachet', 'Paper'], explanation: 'Why' },
              },
              {
                ...base,
                id: 'no-descriptions',
                type: 'image',
                images: ['milk-tea-sachet', 'milk-tea-sachet-drug'],
                answer: [1],
                'zh-cn': { stem: '哪一包？', explanation: '解析' },
                en: { stem: 'Which sachet?', explanation: 'Why' },
              },
            ],
          },
        },
      ],
      context,
    );
    expect(problems).toEqual([
      'inline.yaml: one-answer: a multiple-choice question has at least 2 answers',
      'inline.yaml: bad-picture: unknown illustration "no-such-picture"',
      'inline.yaml: no-descriptions: an image question describes each picture in options, in each locale',
    ]);
  });

  it('gives every question the date it was last checked against its sources', () => {
    const problems = validateBanks(
      [
        {
          file: 'inline.yaml',
          data: {
            questions: [
              {
                id: 'never-reviewed',
                type: 'truefalse',
                topics: ['law'],
                difficulty: 1,
                grades: ['public'],
                answer: true,
                sources: [{ title: 'S', url: 'https://example.org/', accessed: '2026-11-23' }],
                'zh-cn': { stem: '判断', explanation: '解析' },
                en: { stem: 'True or false', explanation: 'Why' },
              },
            ],
          },
        },
      ],
      context,
    );
    expect(problems).toEqual([expect.stringMatching(/^inline\.yaml: never-reviewed: reviewed: /)]);
  });

  it('rejects a bank whose true/false keys lean one way or whose multiple-choice keys are mostly "all but one"', () => {
    const problems = validateBanks(readYamlFiles(root, 'tests/fixtures/quizzes'), context);
    const file = path.join('tests/fixtures/quizzes', 'lopsided.yaml');
    expect(problems).toContain(
      `${file}: true/false keys are 8 false to 0 true (0% true); keep the share of true keys between 35% and 65%`,
    );
    expect(problems).toContain(
      `${file}: 5 of 5 multiple-choice questions (100%) mark every option but one as right; keep that at most 40% so the guess does not pay`,
    );
    expect(problems.filter((p) => p.startsWith(`${file}: lopsided-`))).toEqual([]);
  });

  it('judges each bank file on its own and leaves small or balanced banks alone', () => {
    const make = (id: string, type: 'truefalse' | 'multiple', answer: boolean | number[]) =>
      ({
        id,
        type,
        topics: ['law'],
        difficulty: 1,
        grades: ['public'],
        answer,
        sources: [{ title: 'S', url: 'https://example.org/', accessed: '2026-11-23' }],
        reviewed: '2026-11-23',
        'zh-cn': {
          stem: id,
          explanation: '解析',
          ...(type === 'multiple' && { options: ['甲', '乙', '丙', '丁'] }),
        },
        en: {
          stem: id,
          explanation: 'Why',
          ...(type === 'multiple' && { options: ['A', 'B', 'C', 'D'] }),
        },
      }) as Question;
    const trueFalse = (prefix: string, trues: number, falses: number) =>
      Array.from({ length: trues + falses }, (_, i) =>
        make(`${prefix}-${i}`, 'truefalse', i < trues),
      );
    const { minQuestions } = keyBalance.trueShare;

    // All true in one file and all false in the other: even together, lopsided each on its own.
    const problems = validateBanks(
      [
        { file: 'all-true.yaml', data: { questions: trueFalse('t', minQuestions, 0) } },
        { file: 'all-false.yaml', data: { questions: trueFalse('f', 0, minQuestions) } },
      ],
      context,
    );
    expect(problems.map((p) => p.split(':')[0])).toEqual(['all-true.yaml', 'all-false.yaml']);

    expect(keyBalanceProblems(trueFalse('small', 0, minQuestions - 1))).toEqual([]);
    expect(keyBalanceProblems(trueFalse('even', 5, 5))).toEqual([]);
    const mixedKeys = [
      [0, 1],
      [1, 2, 3],
      [0, 2],
      [1, 3],
      [0, 1, 2],
    ];
    expect(
      keyBalanceProblems(mixedKeys.map((answer, i) => make(`m-${i}`, 'multiple', answer))),
    ).toEqual([]);
  });
});
