import { describe, expect, it } from 'vitest';
import { fill } from '../../src/lib/messages';
import { choose, hasChoice } from '../../src/lib/quiz/choice';
import { optionForKey, optionLetter } from '../../src/lib/quiz/keyboard';
import { clockOffset, secondsLeft, shouldAnnounce } from '../../src/lib/quiz/timer';

describe('keyboard answers', () => {
  it('reads numbers and letters as options, within the question', () => {
    expect(optionForKey('1', 'single', 4)).toBe(0);
    expect(optionForKey('4', 'multiple', 4)).toBe(3);
    expect(optionForKey('c', 'single', 4)).toBe(2);
    expect(optionForKey('C', 'image', 4)).toBe(2);
    expect(optionForKey('5', 'single', 4)).toBeNull();
    expect(optionForKey('e', 'single', 4)).toBeNull();
    expect(optionForKey('Enter', 'single', 4)).toBeNull();
  });

  it('reads T and F for true/false questions', () => {
    expect(optionForKey('t', 'truefalse', 2)).toBe(0);
    expect(optionForKey('F', 'truefalse', 2)).toBe(1);
    expect(optionForKey('2', 'truefalse', 2)).toBe(1);
    expect(optionForKey('3', 'truefalse', 2)).toBeNull();
  });

  it('labels options A, B, C…', () => {
    expect([0, 1, 2, 3].map(optionLetter)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('choosing options', () => {
  it('true/false reads option 0 as true and 1 as false', () => {
    expect(choose('truefalse', null, 0)).toBe(true);
    expect(choose('truefalse', true, 1)).toBe(false);
  });

  it('single choice and pictures hold one option', () => {
    expect(choose('single', [2], 0)).toEqual([0]);
    expect(choose('image', null, 3)).toEqual([3]);
    expect(choose('single', [1], 1, false)).toEqual([1]);
  });

  it('multiple choice adds and takes out options, in ascending order', () => {
    expect(choose('multiple', null, 2, true)).toEqual([2]);
    expect(choose('multiple', [0, 3], 1, true)).toEqual([0, 1, 3]);
    expect(choose('multiple', [0, 1, 3], 1, false)).toEqual([0, 3]);
  });

  it('a key toggles a multiple-choice option', () => {
    expect(choose('multiple', [0, 2], 1)).toEqual([0, 1, 2]);
    expect(choose('multiple', [0, 1, 2], 1)).toEqual([0, 2]);
  });

  it('a choice can be sent once true/false is answered or an option is picked', () => {
    expect(hasChoice(null)).toBe(false);
    expect(hasChoice([])).toBe(false);
    expect(hasChoice(false)).toBe(true);
    expect(hasChoice([0])).toBe(true);
  });
});

describe('question clock', () => {
  it('counts down to the server’s deadline, whatever the browser’s clock says', () => {
    // the browser runs 5 s behind the server
    const offset = clockOffset(100_000, 95_000);
    expect(offset).toBe(5_000);
    expect(secondsLeft(120_000, offset, 95_000)).toBe(20);
    expect(secondsLeft(120_000, offset, 109_500)).toBe(6);
    expect(secondsLeft(120_000, offset, 200_000)).toBe(0);
  });

  it('speaks the time at half time, 10 and 5 seconds, not every second', () => {
    const spoken = Array.from({ length: 31 }, (_, left) => left).filter((left) =>
      shouldAnnounce(left, 30),
    );
    expect(spoken).toEqual([5, 10, 15]);
    expect(
      Array.from({ length: 21 }, (_, left) => left).filter((left) => shouldAnnounce(left, 20)),
    ).toEqual([5, 10]);
  });
});

describe('message placeholders', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fill('第 {{current}} 题，共 {{total}} 题', { current: 3, total: 10 })).toBe(
      '第 3 题，共 10 题',
    );
    expect(fill('{{missing}} left', {})).toBe('{{missing}} left');
  });
});
