import { resolveSources } from '../api/resources';
import type { Meta, Source, Status } from '../api/schemas';
import { STATUSES } from '../api/vocabulary';
import { formatYearSpan } from '../domain/format';
import type { ChartCardFooter } from './chart-card';

type Provenance = { sourceId: string; status: Status; year: number };

/**
 * The footer of a card that shows values: their sources, their years, the dataset date and the
 * statuses among them. `extra` overrides or adds (notes, a different year span).
 */
export function observationFooter(
  rows: readonly Provenance[],
  reference: { sourceById: ReadonlyMap<string, Source>; meta: { data?: Meta | undefined } },
  extra: Partial<ChartCardFooter> = {},
): ChartCardFooter {
  return {
    sources: resolveSources(
      rows.map((o) => o.sourceId),
      reference.sourceById,
    ),
    years: formatYearSpan(rows.map((o) => o.year)),
    asOf: reference.meta.data?.asOf,
    statuses: STATUSES.filter((s) => rows.some((o) => o.status === s)),
    ...extra,
  };
}
