import { describe, expect, it } from 'vitest';
import { definitionFile, modeDefaults, resolveDefinition } from '../../src/lib/quiz/definition';
import { readQuizFiles } from '../../src/lib/quiz/files';
import { root } from '../support/content';

describe('quiz definitions', () => {
  it('fills what a definition leaves out with its mode’s defaults', () => {
    const daily = resolveDefinition(
      definitionFile.parse({
        slug: 'daily',
        mode: 'daily',
        title: { 'zh-cn': '每日一练', en: 'Daily' },
        summary: { 'zh-cn': '五道题', en: 'Five' },
        time: { perQuestion: 15 },
      }),
    );
    expect(daily.count).toBe(5);
    expect(daily.attemptsPerDay).toBe(1);
    expect(daily.time).toEqual({ perQuestion: 15, total: 0 });
    expect(daily.scoring).toEqual(modeDefaults.daily.scoring);
    expect(daily.window).toBeNull();
  });

  it('names the file and each problem of a broken definition', () => {
    const { problems } = readQuizFiles(root, ['tests/fixtures/quizzes-broken']);
    const mine = problems.filter((p) =>
      p.startsWith('tests/fixtures/quizzes-broken/definitions/broken.yaml: '),
    );
    const messages = mine.map((p) => p.slice(p.indexOf(': ') + 2));
    expect(messages).toEqual(
      expect.arrayContaining([
        'speed scoring needs a time limit (time.perQuestion or time.total)',
        'a contest needs a window (opens, closes)',
        'a contest needs groups (e.g. primary, secondary)',
        'a contest allows one attempt per day',
        'the pool has 0 questions reserved for it; it needs at least 200',
      ]),
    );
  });

  it('refuses unknown fields and values', () => {
    const result = definitionFile.safeParse({
      slug: 'x',
      mode: 'marathon',
      title: { 'zh-cn': '甲', en: 'A' },
      summary: { 'zh-cn': '甲', en: 'A' },
      colour: 'red',
    });
    expect(result.success).toBe(false);
  });
});
