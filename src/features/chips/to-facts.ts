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

export type ShareBar = { id: string; label: string; value: number; text: string; observation: Observation };

/**
 * National context split in two: percent shares drawn as bars (the preferred figure only, so a
 * disagreement is not drawn twice) and every other figure, including the non-preferred side of a
 * disagreement, as a tile. Both in `metricOrder`.
 */
export function toNationalFacts(
  observations: readonly Observation[],
  metricById: ReadonlyMap<string, Metric>,
  entityById: ReadonlyMap<string, Entity>,
  metricOrder: readonly string[],
): { shares: ShareBar[]; tiles: Observation[] } {
  const ordered = observations.filter((o) => metricOrder.includes(o.metricId)).sort(byOrder(metricOrder));
  const isShare = (o: Observation) => metricById.get(o.metricId)?.unit === '%' && o.preferred !== false;
  const shares = ordered.filter(isShare).map((o) => {
    const metric = metricById.get(o.metricId);
    const entity = entityById.get(o.entityId);
    return {
      id: o.id,
      label: `${entity?.nameEn ?? o.entityId}: ${metric?.label ?? o.metricId}`,
      value: o.value,
      text: `${metric ? formatValue(o, metric) : String(o.value)}${o.seedId ? ` (seed ${o.seedId})` : ''}`,
      observation: o,
    };
  });
  return { shares, tiles: ordered.filter((o) => !isShare(o)) };
}
