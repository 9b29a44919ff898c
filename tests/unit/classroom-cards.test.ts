import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  cardLink,
  codeKind,
  forgetCard,
  formatCardCode,
  isCardCode,
  normalCode,
  rememberCard,
  rememberedCard,
} from '../../src/lib/classroom/cards';

describe('card codes as students type them', () => {
  test('case, spaces and the printed dash do not matter', () => {
    expect(normalCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normalCode('AB CD EF GH')).toBe('ABCDEFGH');
    expect(isCardCode('abcd-efgh')).toBe(true);
    expect(isCardCode('ABCDEFGH')).toBe(true);
  });

  test('a card code is eight characters without look-alikes', () => {
    expect(isCardCode('ABCDEFG')).toBe(false);
    expect(isCardCode('ABCDEFGHJ')).toBe(false);
    // 0, O, 1, I and L are never printed: a code with them was misread
    for (const misread of ['ABCDEFG0', 'ABCDEFGO', 'ABCDEFG1', 'ABCDEFGI', 'ABCDEFGL'])
      expect(isCardCode(misread)).toBe(false);
    expect(isCardCode('ABCD-EFG!')).toBe(false);
    expect(isCardCode('')).toBe(false);
  });

  test('the homework box tells a class code from a card code by its length', () => {
    expect(codeKind('7hq2mx')).toBe('class');
    expect(codeKind(' 7HQ-2MX ')).toBe('class');
    expect(codeKind('abcd-efgh')).toBe('card');
    expect(codeKind('12')).toBeNull();
    expect(codeKind('ABCDEFG')).toBeNull();
    expect(codeKind('ABC0EF')).toBeNull();
  });

  test('cards print the code in two groups of four', () => {
    expect(formatCardCode('abcdefgh')).toBe('ABCD-EFGH');
    expect(formatCardCode('ABCD-EFGH')).toBe('ABCD-EFGH');
  });

  test("the QR code opens the classroom page in the card's language, with the code", () => {
    expect(cardLink('https://jindu.example', '/classroom/', 'abcd-efgh')).toBe(
      'https://jindu.example/classroom/?card=ABCDEFGH',
    );
    expect(cardLink('http://127.0.0.1:8090', '/en/classroom/', 'ABCDEFGH')).toBe(
      'http://127.0.0.1:8090/en/classroom/?card=ABCDEFGH',
    );
  });
});

describe('the card this browser remembers', () => {
  beforeEach(() => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => store.set(key, value),
      removeItem: (key: string) => store.delete(key),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  test('is kept as typed once, normalised, until "not me" forgets it', () => {
    expect(rememberedCard()).toBeNull();
    rememberCard({ code: 'abcd-efgh', nickname: '小红' });
    expect(rememberedCard()).toEqual({ code: 'ABCDEFGH', nickname: '小红' });
    forgetCard();
    expect(rememberedCard()).toBeNull();
  });

  test('a damaged entry is no card', () => {
    localStorage.setItem('jindu.classroom.card', '{not json');
    expect(rememberedCard()).toBeNull();
    localStorage.setItem('jindu.classroom.card', JSON.stringify({ code: 'SHORT', nickname: 'x' }));
    expect(rememberedCard()).toBeNull();
  });
});
