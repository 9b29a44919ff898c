import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBanks, type BankContext } from '../../src/lib/quiz/bank';
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
});
