import { describe, expect, it } from 'vitest';
import type { Observation } from '../../api/schemas';
import { groupConflicts, toStatusCounts } from './to-status-counts';

const obs = (id: string, entityId: string, status: Observation['status'], extra: Partial<Observation> = {}): Observation => ({
  id,
  entityId,
  metricId: 'm',
  year: 2020,
  value: 1,
  status,
  sourceId: 's',
  ...(status === 'estimate' ? { method: { kind: 'derived', detail: 'from inputs' } } : {}),
  ...(status === 'seed' ? { seedId: 'S01' } : {}),
  ...extra,
});

describe('toStatusCounts', () => {
  it('counts each selected city’s values by status', () => {
    const rows = toStatusCounts([obs('a', 'wuhan', 'seed'), obs('b', 'wuhan', 'reported'), obs('c', 'xian', 'estimate')], ['wuhan', 'xian']);
    expect(rows.find((r) => r.key === 'seed')?.counts).toEqual({ wuhan: 1, xian: 0 });
    expect(rows.find((r) => r.key === 'estimate')?.counts).toEqual({ wuhan: 0, xian: 1 });
  });
});

describe('groupConflicts', () => {
  it('groups disagreeing rows with the preferred one first', () => {
    const groups = groupConflicts([
      obs('seed', 'wuhan', 'seed', { conflictId: 'k', preferred: false }),
      obs('other', 'wuhan', 'reported'),
      obs('reported', 'wuhan', 'reported', { conflictId: 'k', preferred: true }),
    ]);
    expect(groups.map((g) => g.map((o) => o.id))).toEqual([['reported', 'seed']]);
  });
});
