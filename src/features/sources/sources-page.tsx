import { useMemo, useState } from 'react';
import { combineQueries, panelState } from '../../api/combine-queries';
import { resolveSources, useObservations, useReferenceData } from '../../api/resources';
import { SOURCE_KIND_LABELS, STATUSES, STATUS_LABELS, type Status } from '../../api/schemas';
import { ChartCard } from '../../components/chart-card';
import { CityCountChart, type CityCountRow } from '../../components/city-count-chart';
import { DataTable } from '../../components/data-table';
import { ExternalLink } from '../../components/external-link';
import { ObservationTable } from '../../components/observation-table';
import { cityLabel } from '../../domain/cities';
import { formatYearSpan } from '../../domain/format';
import { useSelectedCities } from '../../view-state/use-view-state';
import { groupConflicts, toStatusCounts } from './to-status-counts';

export function SourcesPage() {
  const [cities] = useSelectedCities();
  const reference = useReferenceData();
  // Every observation, not only the cities': national and provincial figures belong here too.
  const observations = useObservations();
  const all = useMemo(() => observations.data ?? [], [observations.data]);
  const cityRows = useMemo(() => all.filter((o) => (cities as readonly string[]).includes(o.entityId)), [all, cities]);
  const counts = useMemo(() => toStatusCounts(cityRows, cities), [cityRows, cities]);
  const conflicts = useMemo(() => groupConflicts(all), [all]);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status | 'all'>('all');
  const state = panelState([observations], [reference.metrics, reference.entities, reference.sources, reference.meta]);

  const filtered = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return all.filter((o) => {
      if (status !== 'all' && o.status !== status) return false;
      if (!needle) return true;
      const entity = reference.entityById.get(o.entityId);
      const haystack = [entity?.nameEn, entity?.nameZh, reference.metricById.get(o.metricId)?.label, o.valueText, o.note, String(o.year)]
        .join(' ')
        .toLowerCase();
      return haystack.includes(needle);
    });
  }, [all, status, query, reference.entityById, reference.metricById]);

  const tableProps = {
    entityById: reference.entityById,
    metricById: reference.metricById,
    sourceById: reference.sourceById,
    showMetric: true,
  };

  return (
    <div className="card-grid card-grid--wide">
      <ChartCard
        title="What the figures are made of"
        subtitle={`Number of values per city by status, ${formatYearSpan(cityRows.map((o) => o.year)) || 'no years'}`}
        definition="Reported: from a named, published source. Seed article: as written in the article that started Hubscope (APF Canada, 2021). Estimate: general knowledge not yet checked, interpolated, or derived; each says how it was made."
        state={state}
        isEmpty={cityRows.length === 0}
        height={300}
        description={`Grouped bar chart of how many values for ${cities.map(cityLabel).join(', ')} are reported, from the seed article, or estimates.`}
        chart={() => <CityCountChart rows={counts} cities={cities} />}
        table={() => (
          <DataTable
            caption="Values by status"
            rows={counts}
            rowKey={(r) => r.key}
            columns={[
              { key: 'status', header: 'Status', render: (r) => r.label },
              ...cities.map((city) => ({
                key: city,
                header: cityLabel(city),
                render: (r: CityCountRow) => r.counts[city],
                align: 'end' as const,
              })),
            ]}
          />
        )}
        footer={() => ({
          sources: resolveSources(
            cityRows.map((o) => o.sourceId),
            reference.sourceById,
          ),
          years: formatYearSpan(cityRows.map((o) => o.year)),
          asOf: reference.meta.data?.asOf,
          statuses: STATUSES.filter((s) => cityRows.some((o) => o.status === s)),
        })}
      />

      <ChartCard
        title="Every value"
        subtitle={`${filtered.length} of ${all.length} values, all places and metrics`}
        state={state}
        isEmpty={false}
        controls={
          <div className="filters">
            <label>
              Search
              <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="City, metric, year…" />
            </label>
            <label>
              Status
              <select value={status} onChange={(e) => setStatus(e.target.value as Status | 'all')}>
                <option value="all">All statuses</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        }
        description="Table of every observation with place, metric, year, value, status, method and source."
        table={() => <ObservationTable caption="Every value" observations={filtered} maxHeight={520} {...tableProps} />}
        footer={() => ({
          sources: resolveSources(
            filtered.map((o) => o.sourceId),
            reference.sourceById,
          ),
          years: formatYearSpan(filtered.map((o) => o.year)),
          asOf: reference.meta.data?.asOf,
          statuses: STATUSES.filter((s) => filtered.some((o) => o.status === s)),
        })}
      />

      <ChartCard
        title="Where sources disagree"
        subtitle={`${conflicts.length} disagreements, both figures kept; the preferred one is used in charts`}
        state={state}
        isEmpty={conflicts.length === 0}
        emptyMessage="No recorded disagreements."
        description="Each disagreement between sources, with every figure side by side."
        table={() => <ObservationTable caption="Disagreements" observations={conflicts.flat()} {...tableProps} />}
        footer={() => ({
          sources: resolveSources(
            conflicts.flat().map((o) => o.sourceId),
            reference.sourceById,
          ),
          years: formatYearSpan(conflicts.flat().map((o) => o.year)),
          asOf: reference.meta.data?.asOf,
          statuses: STATUSES.filter((s) => conflicts.flat().some((o) => o.status === s)),
          notes: ['The preferred figure of each pair is listed first; its note says why.'],
        })}
      />

      <ChartCard
        title="Sources"
        subtitle={`${reference.sources.data?.length ?? 0} sources`}
        state={combineQueries(reference.sources)}
        isEmpty={(reference.sources.data ?? []).length === 0}
        description="Every source with its publisher, year and link where public."
        table={() => (
          <DataTable
            caption="Sources"
            rows={reference.sources.data ?? []}
            rowKey={(s) => s.id}
            maxHeight={520}
            initialSort={{ key: 'title', direction: 'ascending' }}
            columns={[
              { key: 'title', header: 'Title', render: (s) => <ExternalLink href={s.url}>{s.title}</ExternalLink>, sortValue: (s) => s.title },
              { key: 'publisher', header: 'Publisher', render: (s) => s.publisher, sortValue: (s) => s.publisher },
              { key: 'year', header: 'Year', render: (s) => s.year ?? '—', sortValue: (s) => s.year, align: 'end' },
              { key: 'kind', header: 'Kind', render: (s) => SOURCE_KIND_LABELS[s.kind], sortValue: (s) => s.kind },
              { key: 'note', header: 'Note', render: (s) => s.note ?? '' },
            ]}
          />
        )}
        footer={() => ({
          years: formatYearSpan((reference.sources.data ?? []).flatMap((s) => (s.year ? [s.year] : []))),
          asOf: reference.meta.data?.asOf,
          statuses: [],
          notes: ['Links are given only where a source is public; sources without a link are cited by title.'],
        })}
      />
    </div>
  );
}
