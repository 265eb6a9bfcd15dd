import { entityLabel } from '../../domain/cities';
import type { Entity, Metric, Observation, Source } from '../../api/schemas';
import { StatusBadge } from '../../ui/status-badge';
import { formatValue } from '../../domain/format';

export type FactTilesProps = {
  observations: readonly Observation[];
  label: string;
  entityById: ReadonlyMap<string, Entity>;
  metricById: ReadonlyMap<string, Metric>;
  sourceById: ReadonlyMap<string, Source>;
};

/**
 * Single figures that share no unit (a rank, a growth rate, a lag in years) as large tiles: each
 * with its value and qualifier, the text as the source wrote it, year, status, seed id and source.
 */
export function FactTiles({ observations, label, entityById, metricById, sourceById }: FactTilesProps) {
  return (
    // On a slide the card's fit picks the column count (ui/use-fit-to-box.ts).
    <ul className="chips-facts" aria-label={label} data-fit-grid="">
      {observations.map((o) => {
        const metric = metricById.get(o.metricId);
        const source = sourceById.get(o.sourceId);
        return (
          <li key={o.id} className={o.preferred === false ? 'chips-fact chips-fact--other' : 'chips-fact'}>
            <p className="chips-fact__heading">
              {metric?.label ?? o.metricId} · {entityLabel(o.entityId, entityById)}
            </p>
            <p className="chips-fact__value">{metric ? formatValue(o, metric) : String(o.value)}</p>
            {o.valueText ? <p className="chips-fact__written">As written: “{o.valueText}”</p> : null}
            <p className="chips-fact__meta">
              {o.year}
              {o.period ? ` (${o.period})` : ''} · <StatusBadge status={o.status} />
              {o.seedId ? ` ${o.seedId}` : ''} · {source?.shortTitle ?? o.sourceId}
            </p>
            {o.preferred === false ? <p className="chips-fact__note">Not the preferred figure. {o.note}</p> : null}
            {o.preferred !== false && o.note ? <p className="chips-fact__note">{o.note}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
