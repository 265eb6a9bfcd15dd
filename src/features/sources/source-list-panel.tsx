import { combineQueries } from '../../api/combine-queries';
import { useReferenceData } from '../../api/resources';
import { SOURCE_KIND_LABELS } from '../../api/schemas';
import { ChartCard } from '../../components/chart-card';
import { DataTable } from '../../components/data-table';
import { ExternalLink } from '../../components/external-link';
import { formatYearSpan } from '../../domain/format';
import { toSourceListCsv } from './to-sources-csv';

/** Every source with publisher, year, kind and a link where it is public. */
export function SourceListPanel() {
  const reference = useReferenceData();
  const sources = reference.sources.data ?? [];
  return (
    <ChartCard
      id="sources"
      title="Sources"
      subtitle={`${sources.length} sources`}
      state={combineQueries(reference.sources)}
      isEmpty={sources.length === 0}
      description="Every source with its publisher, year and link where public."
      table={() => (
        <DataTable
          caption="Sources"
          rows={sources}
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
      csv={() => toSourceListCsv(sources)}
      footer={() => ({
        years: formatYearSpan(sources.flatMap((s) => (s.year ? [s.year] : []))),
        asOf: reference.meta.data?.asOf,
        statuses: [],
        notes: ['Links are given only where a source is public; sources without a link are cited by title.'],
      })}
    />
  );
}
