import { describe, expect, it } from 'vitest';
import type { Entity, Metric, Observation } from '../../api/schemas';
import { toNationalFacts, toProvinceFacts } from './to-facts';

const entity = (id: string, kind: Entity['kind'], parentId: string | null): Entity => ({ id, nameEn: id, nameZh: '中', kind, parentId });
const entityById = new Map(
  [entity('china', 'country', null), entity('hubei', 'province', 'china'), entity('sichuan', 'province', 'china'), entity('wuhan', 'city', 'hubei'), entity('chengdu', 'city', 'sichuan'), entity('us', 'country', null)].map((e) => [e.id, e]),
);
const obs = (id: string, entityId: string, metricId: string, value: number, extra: Partial<Observation> = {}): Observation => ({
  id,
  entityId,
  metricId,
  value,
  year: 2020,
  status: 'reported',
  sourceId: 'src',
  ...extra,
});

describe('toProvinceFacts', () => {
  const rows = [obs('g', 'hubei', 'prov_ic_growth', 2300), obs('r', 'hubei', 'prov_ic_rank', 20), obs('s', 'sichuan', 'prov_ic_rank', 9)];

  it("shows the selected cities' provinces only, each in metric order, and names provinces without a figure", () => {
    const result = toProvinceFacts(rows, ['wuhan'], entityById, ['prov_ic_rank', 'prov_ic_growth']);
    expect(result.facts.map((o) => o.id)).toEqual(['r', 'g']);
    expect(toProvinceFacts(rows.slice(0, 2), ['wuhan', 'chengdu'], entityById, ['prov_ic_rank']).withoutFigure.map((e) => e.id)).toEqual(['sichuan']);
  });
});

describe('toNationalFacts', () => {
  const pct: Metric = {
    id: 'share',
    label: 'Share',
    definition: 'A share',
    valueKind: 'percent',
    unit: '%',
    category: 'chips',
    betterDirection: 'higher',
    measure: 'flow',
    geoLevel: 'national',
    normalisable: { perCapita: false, perGdp: false, indexed: false },
    decimals: 0,
  };
  const years: Metric = { ...pct, id: 'lag', label: 'Lag', valueKind: 'years', unit: 'years' };
  const metricById = new Map([pct, years].map((m) => [m.id, m]));

  it("draws preferred percent shares with their qualifier and the seed article's rounding beside them, and puts the rest in tiles", () => {
    const { shares, tiles } = toNationalFacts(
      [
        obs('lag', 'china', 'lag', 3, { qualifier: 'range', valueHigh: 5 }),
        obs('us', 'us', 'share', 74, { qualifier: 'upTo', status: 'seed', seedId: 'S32' }),
        obs('rounded', 'china', 'share', 16, { status: 'seed', seedId: 'S30', conflictId: 'c', preferred: false }),
        obs('precise', 'china', 'share', 15.9, { conflictId: 'c', preferred: true }),
      ],
      metricById,
      entityById,
      ['share', 'lag'],
    );
    expect(shares.map((s) => s.text)).toEqual(['≤74% (seed S32)', '16% (seed S30: 16%)']);
    expect(shares.map((s) => s.id)).toEqual(['us', 'precise']);
    expect(shares[1]?.seedRounding?.id).toBe('rounded');
    expect(tiles.map((o) => o.id)).toEqual(['lag']);
  });
});
