import { describe, expect, test } from 'vitest';
import {
  answerClass,
  choiceFor,
  choiceHas,
  isCorrectOption,
  optionTexts,
  rankMoves,
} from '../../src/lib/classroom/answers';
import { isJoinCode, joinUrl, suggestNickname } from '../../src/lib/classroom/live';
import type { LiveQuestion } from '../../src/lib/classroom/types';

const single: LiveQuestion = { index: 0, id: 'q', type: 'single', stem: 's', options: ['a', 'b'] };
const truefalse: LiveQuestion = { index: 1, id: 't', type: 'truefalse', stem: 's' };
const labels = { true: 'True', false: 'False' };

describe('live answers', () => {
  test('options cycle through six colours', () => {
    expect([0, 3, 5, 6].map(answerClass)).toEqual(['answer-1', 'answer-4', 'answer-6', 'answer-1']);
  });

  test('true/false reads as two options, true first, and is sent as a boolean', () => {
    expect(optionTexts(truefalse, labels)).toEqual(['True', 'False']);
    expect(choiceFor(truefalse, [0])).toBe(true);
    expect(choiceFor(truefalse, [1])).toBe(false);
    expect(choiceHas(false, 1)).toBe(true);
    expect(
      isCorrectOption({ skipped: false, correct: false, explanation: '', counts: [] }, 1),
    ).toBe(true);
  });

  test('picked options are sent in order', () => {
    expect(choiceFor(single, [3, 0, 2])).toEqual([0, 2, 3]);
    expect(choiceHas(null, 0)).toBe(false);
  });

  test('rank moves: up is positive, newcomers have none', () => {
    const moves = rankMoves(
      [
        { playerId: 'a', rank: 1 },
        { playerId: 'b', rank: 2 },
        { playerId: 'c', rank: 3 },
      ],
      [
        { playerId: 'b', rank: 1 },
        { playerId: 'a', rank: 3 },
      ],
    );
    expect([...moves]).toEqual([
      ['a', 2],
      ['b', -1],
      ['c', undefined],
    ]);
  });
});

describe('live joining', () => {
  test('a join code is six digits', () => {
    expect(['123456', '12345', '1234567', '12a456'].map(isJoinCode)).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  test('the QR code links to the join page in the locale with the code', () => {
    expect(joinUrl('https://jindu.example', '/en/classroom/play/', '042042')).toBe(
      'https://jindu.example/en/classroom/play/?code=042042',
    );
  });

  test('suggested nicknames join the words as each language does', () => {
    expect(suggestNickname(['勇敢的'], ['熊猫'], 'zh-cn')).toMatch(/^勇敢的熊猫\d{2}$/);
    expect(suggestNickname(['Brave'], ['Panda'], 'en')).toMatch(/^Brave Panda \d{2}$/);
  });
});
