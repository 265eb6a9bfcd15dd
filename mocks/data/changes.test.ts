import { describe, expect, it } from 'vitest';
import { meta, observations } from '.';
import { datasetChanges, previousDataset, type SnapshotObservation } from './changes';

const row = (id: string, year: number, value: number, partial: Partial<SnapshotObservation> = {}): SnapshotObservation => ({
  id,
  entityId: 'wuhan',
  metricId: 'ctx_gdp',
  year,
  value,
  status: 'reported',
  sourceId: 's',
  ...partial,
});

describe('datasetChanges', () => {
  it('lists values added, removed, and changed in value, status or source, with before and after', () => {
    const before = [row('a', 2019, 10), row('b', 2020, 11, { status: 'estimate' }), row('c', 2021, 12), row('d', 2022, 13)];
    const after = [row('a2', 2019, 10), row('b2', 2020, 11), row('c2', 2021, 12.5), row('e', 2023, 14)];
    const changes = datasetChanges(before, after);
    expect(changes.map((c) => [c.kind, c.year])).toEqual([
      ['changed', 2020],
      ['changed', 2021],
      ['removed', 2022],
      ['added', 2023],
    ]);
    expect(changes[0]).toMatchObject({ before: { status: 'estimate' }, after: { status: 'reported' } });
    expect(changes[1]).toMatchObject({ before: { value: 12 }, after: { value: 12.5 } });
  });

  it('compares the value each version shows: a non-preferred conflicting figure is not a change', () => {
    const before = [row('a', 2020, 10, { conflictId: 'g', preferred: true }), row('b', 2020, 9, { conflictId: 'g', preferred: false, sourceId: 't' })];
    const after = [row('a', 2020, 10, { conflictId: 'g', preferred: true })];
    expect(datasetChanges(before, after)).toEqual([]);
  });

  it('compares this version with the snapshot of the one meta names as previous', () => {
    expect(previousDataset.datasetVersion).toBe(meta.previousVersion);
    expect(meta.datasetVersion).not.toBe(meta.previousVersion);
    const changes = datasetChanges(previousDataset.observations, observations);
    // The general-knowledge GDP estimates of the previous version are gone or replaced.
    const wuhanGdp2023 = changes.find((c) => c.entityId === 'wuhan' && c.metricId === 'ctx_gdp' && c.year === 2023);
    expect(wuhanGdp2023).toMatchObject({ kind: 'changed', before: { status: 'estimate', sourceId: 'gk' }, after: { status: 'reported' } });
  });
});
