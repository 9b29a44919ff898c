import { describe, expect, test } from 'vitest';
import { letter, percent, scoreBins } from '../../src/lib/classroom/reportFigures';
import { rosterLines } from '../../src/lib/classroom/teacher';

describe('report figures', () => {
  test('scores fall into round bins from 0, the best score in the last one', () => {
    expect(scoreBins([0, 450, 1000], 2)).toEqual([
      { from: 0, to: 499, count: 2 },
      { from: 500, to: 1000, count: 1 },
    ]);
    const bins = scoreBins([0, 999, 1000, 2000]);
    expect(bins).toHaveLength(10);
    expect(bins.at(-1)).toEqual({ from: 1800, to: 2000, count: 1 });
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(4);
    // a short range does not draw empty bins past the best score
    expect(scoreBins([120, 1230]).map((bin) => bin.from)).toEqual([
      0, 200, 400, 600, 800, 1000, 1200,
    ]);
    expect(scoreBins([0, 0])).toEqual([{ from: 0, to: 0, count: 2 }]);
  });

  test('a rate the server could not work out shows as "none", never 0% or NaN', () => {
    expect(percent(null, 'zh-cn', '—')).toBe('—');
    expect(percent(0.9798, 'zh-cn', '—')).toBe('98%');
    expect(percent(0, 'en', '—')).toBe('0%');
    expect(letter(2)).toBe('C');
  });

  test('a roster is one nickname a line, blanks dropped', () => {
    expect(rosterLines(' 小明\r\n\n小红 \n  ')).toEqual(['小明', '小红']);
  });
});
