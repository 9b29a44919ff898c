import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/lib/og/card';

describe('Open Graph card text', () => {
  it('keeps closing punctuation off the start of a Chinese line', () => {
    expect(wrapLines('拒绝毒品，珍爱生命。', 4, 3, false)).toEqual(['拒绝毒品，', '珍爱生命。']);
  });

  it('breaks English at spaces and marks cut text with an ellipsis', () => {
    const lines = wrapLines(
      '“Head-rush” vapes look like ordinary e-cigarettes but are not',
      12,
      2,
      true,
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('“Head-rush” vapes');
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
