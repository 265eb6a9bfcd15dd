import { describe, expect, it } from 'vitest';
import type { HubEvent } from '../../api/schemas';
import { dateToDecimalYear, toEventPoints } from './to-event-points';

const event = (id: string, entityId: string, date: string): HubEvent => ({
  id,
  date,
  entityId,
  kind: 'milestone',
  title: id,
  description: '',
  metricIds: [],
  sourceIds: ['src'],
  status: 'reported',
});

describe('toEventPoints', () => {
  it('puts city events in their lane, national ones last, and drops unselected cities', () => {
    const { points, lanes } = toEventPoints(
      [event('a', 'chengdu', '2017-07'), event('b', 'china', '2021-03-12'), event('c', 'wuhan', '1988')],
      ['wuhan', 'xian'],
    );
    expect(lanes).toEqual(['wuhan', 'xian', 'national']);
    expect(points.map((p) => [p.event.id, p.lane])).toEqual([
      ['c', 'wuhan'],
      ['b', 'national'],
    ]);
  });

  it('places partial dates inside their period', () => {
    expect(dateToDecimalYear('2020')).toBe(2020.5);
    expect(dateToDecimalYear('2020-07')).toBeCloseTo(2020.54, 2);
    expect(dateToDecimalYear('2021-03-12')).toBeGreaterThan(2021.16);
  });
});
