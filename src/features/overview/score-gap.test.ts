import { describe, expect, it } from 'vitest';
import { scoreGapText } from './score-gap';

describe('scoreGapText', () => {
  it('gives a rate or share in percentage points, not relative to the leader', () => {
    // Growth of 4.0% against the leader's 12.2%: "-67% vs leader" read as a fall, not a gap.
    expect(scoreGapText({ gapToLeader: 4.0 - 12.2, relativeGap: 4.0 / 12.2 - 1 }, { valueKind: 'percent', decimals: 1 })).toBe('8.2 pp behind');
    expect(scoreGapText({ gapToLeader: -4.6 - 5.2, relativeGap: -4.6 / 5.2 - 1 }, { valueKind: 'percent', decimals: 1 })).toBe('9.8 pp behind');
  });

  it('gives a rank in places', () => {
    expect(scoreGapText({ gapToLeader: 9, relativeGap: 9 }, { valueKind: 'rank', decimals: 0 })).toBe('9 places behind');
    expect(scoreGapText({ gapToLeader: 1, relativeGap: 1 }, { valueKind: 'rank', decimals: 0 })).toBe('1 place behind');
  });

  it('gives a total relative to the leader', () => {
    expect(scoreGapText({ gapToLeader: -500, relativeGap: -0.25 }, { valueKind: 'money', decimals: 1 })).toBe('25% behind');
    expect(scoreGapText({ gapToLeader: undefined, relativeGap: undefined }, { valueKind: 'count', decimals: 0 })).toBeUndefined();
  });
});
