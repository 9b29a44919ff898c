import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateBanks, type BankContext } from '../../src/lib/quiz/bank';
import { readCollection, root } from '../support/content';

/** The bank files as the sync command reads them. */
function readBanks(dir: string) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const file = path.join(dir, name);
      return {
        file: path.relative(root, file),
        data: parse(readFileSync(file, 'utf8')) as unknown,
      };
    });
}

const context: BankContext = {
  entries: new Set(readCollection('encyclopedia').map((entry) => entry.slug)),
  illustrations: new Set(
    readdirSync(path.join(root, 'src/assets/illustrations')).map((name) =>
      name.replace(/\.svg$/, ''),
    ),
  ),
};

describe('question banks', () => {
  it('every bank in quizzes/banks passes the validator', () => {
    const dir = path.join(root, 'quizzes/banks');
    expect(existsSync(dir)).toBe(true);
    expect(validateBanks(readBanks(dir), context)).toEqual([]);
  });

  it('names the file and the question for each problem in a broken bank', () => {
    const problems = validateBanks(readBanks(path.join(root, 'tests/fixtures/quizzes')), context);
    const file = 'tests/fixtures/quizzes/broken.yaml';
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
                'zh-cn': { stem: '图片', explanation: '解析' },
                en: { stem: 'Picture', explanation: 'Why' },
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
    ]);
  });
});
