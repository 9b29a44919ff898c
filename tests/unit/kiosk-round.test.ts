import { describe, expect, test } from 'vitest';
import {
  drawRound,
  judge,
  rightAnswer,
  shownCaptions,
  shownOptions,
} from '../../src/lib/kiosk/round';
import type { KioskQuestion } from '../../src/lib/kiosk/types';

/** The kiosk judges answers itself, offline, from the keyed pool: it must judge as the server does. */
function question(
  id: string,
  answer: number[] | boolean,
  type: KioskQuestion['type'],
): KioskQuestion {
  const options = type === 'truefalse' ? null : ['A', 'B', 'C', 'D'];
  return {
    id,
    type,
    difficulty: 1,
    answer,
    text: {
      'zh-cn': { stem: id, options, explanation: '' },
      en: { stem: id, options, explanation: '' },
    },
  };
}

describe('a kiosk quiz round', () => {
  const pool = [
    question('single', [2], 'single'),
    question('tf', false, 'truefalse'),
    question('multi', [0, 1], 'multiple'),
  ];

  test('draws one-tap questions only, each once', () => {
    for (let i = 0; i < 20; i++) {
      const round = drawRound(pool, 4);
      expect(round.map((item) => item.question.id).sort()).toEqual(['single', 'tf']);
    }
  });

  test('judges a tap on the shuffled options against the bank key', () => {
    for (let i = 0; i < 20; i++) {
      const item = drawRound([pool[0]!], 1)[0]!;
      const shown = shownOptions(item, 'en');
      const right = shown.indexOf('C');
      expect(rightAnswer(item)).toBe(right);
      expect(judge(item, right)).toEqual({ choice: [2], correct: true });
      const wrong = (right + 1) % 4;
      expect(judge(item, wrong)).toEqual({ choice: [item.order[wrong]], correct: false });
    }
  });

  test('judges true/false', () => {
    const item = drawRound([pool[1]!], 1)[0]!;
    expect(judge(item, false)).toEqual({ choice: false, correct: true });
    expect(judge(item, true)).toEqual({ choice: true, correct: false });
    expect(rightAnswer(item)).toBe(false);
  });

  test("a picture question names its pictures by their captions, in the round's order, so feedback can say which was right", () => {
    const pictures: KioskQuestion = {
      ...question('pictures', [1], 'image'),
      images: ['/mint.png', '/ecstasy.png'],
    };
    pictures.text.en.options = ['Mints in a tin', 'Loose coloured tablets'];
    for (let i = 0; i < 10; i++) {
      const item = drawRound([pictures], 1)[0]!;
      const shown = shownOptions(item, 'en');
      const captions = shownCaptions(item, 'en');
      expect(captions[shown.indexOf('/ecstasy.png')]).toBe('Loose coloured tablets');
      expect(captions[rightAnswer(item) as number]).toBe('Loose coloured tablets');
    }
  });
});
