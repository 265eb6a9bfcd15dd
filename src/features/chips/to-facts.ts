import type { CityId, Entity, Metric, Observation } from '../../api/schemas';
import { CITY_IDS } from '../../api/vocabulary';
import { formatValue } from '../../domain/format';

const byOrder = (order: readonly string[]) => (a: Observation, b: Observation) =>
  order.indexOf(a.metricId) - order.indexOf(b.metricId) || a.year - b.year;

/**
 * The provincial figures of the selected cities' provinces, city by city in display order, each
 * province's figures in `metricOrder` then by year; provinces with none are named apart.
 */
export function toProvinceFacts(
  observations: readonly Observation[],
  cities: readonly CityId[],
  entityById: ReadonlyMap<string, Entity>,
  metricOrder: readonly string[],
): { facts: Observation[]; provinces: { cityId: CityId; province: Entity }[]; withoutFigure: Entity[] } {
  const provinces = CITY_IDS.filter((c) => cities.includes(c)).flatMap((cityId) => {
    const parentId = entityById.get(cityId)?.parentId;
    const province = parentId ? entityById.get(parentId) : undefined;
    return province?.kind === 'province' ? [{ cityId, province }] : [];
  });
  const facts = provinces.flatMap(({ province }) =>
    observations.filter((o) => o.entityId === province.id && metricOrder.includes(o.metricId)).sort(byOrder(metricOrder)),
  );
  return {
    facts,
    provinces,
    withoutFigure: provinces.filter(({ province }) => !facts.some((o) => o.entityId === province.id)).map((p) => p.province),
  };
}

export type ShareBar = {
  id: string;
  label: string;
  value: number;
  text: string;
  observation: Observation;
  /** The seed article's rounding of the same figure (the non-preferred side of the disagreement), written beside the bar. */
  seedRounding?: Observation;
};

/**
 * National context split in two: percent shares drawn as bars (the preferred figure, with the seed
 * article's rounding of it written beside the bar rather than drawn twice or given a tile of its
 * own) and every other figure as a tile. Both in `metricOrder`.
 */
export function toNationalFacts(
  observations: readonly Observation[],
  metricById: ReadonlyMap<string, Metric>,
  entityById: ReadonlyMap<string, Entity>,
  metricOrder: readonly string[],
): { shares: ShareBar[]; tiles: Observation[] } {
  const ordered = observations.filter((o) => metricOrder.includes(o.metricId)).sort(byOrder(metricOrder));
  const isShare = (o: Observation) => metricById.get(o.metricId)?.unit === '%' && o.preferred !== false;
  const format = (o: Observation) => {
    const metric = metricById.get(o.metricId);
    return metric ? formatValue(o, metric) : String(o.value);
  };
  const shares = ordered.filter(isShare).map((o) => {
    const entity = entityById.get(o.entityId);
    const seedRounding = o.conflictId ? ordered.find((other) => other.conflictId === o.conflictId && other.preferred === false && other.seedId) : undefined;
    return {
      id: o.id,
      label: `${entity?.nameEn ?? o.entityId}: ${metricById.get(o.metricId)?.label ?? o.metricId}`,
      value: o.value,
      text: `${format(o)}${o.seedId ? ` (seed ${o.seedId})` : ''}${seedRounding ? ` (seed ${seedRounding.seedId}: ${format(seedRounding)})` : ''}`,
      observation: o,
      ...(seedRounding ? { seedRounding } : {}),
    };
  });
  const besideBars = new Set(shares.flatMap((bar) => (bar.seedRounding ? [bar.seedRounding.id] : [])));
  return { shares, tiles: ordered.filter((o) => !isShare(o) && !besideBars.has(o.id)) };
}
