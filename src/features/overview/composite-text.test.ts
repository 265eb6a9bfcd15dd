import { describe, expect, it } from 'vitest';
import { leftOutNote } from './composite-text';

describe('leftOutNote', () => {
  const label = (id: string) => id.toUpperCase();

  it('names each reason once, after the metrics it keeps out, in the order the reasons first come', () => {
    const note = leftOutNote(
      [
        { metricId: 'pop', reason: 'neither higher nor lower is better' },
        { metricId: 'gdp_pc', reason: 'no common year' },
        { metricId: 'heis', reason: 'no common year' },
        { metricId: 'grads', reason: 'no common year' },
      ],
      label,
    );
    expect(note).toBe('Left out of the index: POP (neither higher nor lower is better); GDP_PC, HEIS, GRADS (no common year).');
  });

  it('says nothing when every metric counts', () => {
    expect(leftOutNote([], label)).toBeUndefined();
  });
});
