import { describe, expect, it } from 'vitest';
import type { Fab } from '../../api/schemas';
import { toFabStatusRows } from './to-fab-rows';

const fab = (id: string, cityId: Fab['cityId'], status: Fab['status']): Fab => ({
  id,
  name: id,
  company: id,
  cityId,
  facilityType: 'frontEnd',
  product: 'NAND',
  status,
  sourceIds: ['src'],
});

describe('toFabStatusRows', () => {
  it('counts plants per status and city, leaving out statuses no selected city has', () => {
    const rows = toFabStatusRows(
      [fab('a', 'wuhan', 'operating'), fab('b', 'wuhan', 'halted'), fab('c', 'chengdu', 'operating'), fab('d', 'xian', 'cancelled')],
      ['wuhan', 'chengdu'],
    );
    expect(rows.map((r) => r.label)).toEqual(['Operating', 'Halted']);
    expect(rows[0]?.counts).toEqual({ wuhan: 1, chengdu: 1 });
    expect(rows[1]?.details).toEqual({ wuhan: 'b' });
  });
});
