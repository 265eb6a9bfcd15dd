import { describe, expect, it } from 'vitest';
import { columnCandidates } from './use-fit-to-box';

describe('columnCandidates', () => {
  it('tries the fewest columns for each number of rows, so no two candidates give the same rows', () => {
    expect(columnCandidates(8)).toEqual([1, 2, 3, 4, 8]);
    expect(columnCandidates(4)).toEqual([1, 2, 4]);
    expect(columnCandidates(1)).toEqual([1]);
    expect(columnCandidates(0)).toEqual([]);
  });
});
