import { combineQueries } from '../../api/combine-queries';
import { useReferenceData } from '../../api/resources';
import { SOURCE_KIND_LABELS, SOURCE_KINDS } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import type { DataTableColumn } from '../../ui/data-table';
import { WindowedDataTable } from '../../ui/windowed-data-table';
import type { Source } from '../../api/schemas';
import { ExternalLink } from '../../ui/external-link';
import { kindCounts } from '../../ui/source-line';
import { formatYearSpan } from '../../domain/format';
import { toSourceListCsv } from './to-sources-csv';

/** The sources table's columns and first order (also the PowerPoint table's, through pptx-shaping.ts). */
export const SOURCE_COLUMNS: DataTableColumn<Source>[] = [
  { key: 'title', header: 'Title', render: (s) => <ExternalLink href={s.url}>{s.title}</ExternalLink>, sortValue: (s) => s.title, width: '28%' },
  { key: 'publisher', header: 'Publisher', render: (s) => s.publisher, sortValue: (s) => s.publisher, width: '18%' },
  { key: 'year', header: 'Year', render: (s) => s.year ?? '—', sortValue: (s) => s.year, align: 'end', width: '7%' },
  { key: 'kind', header: 'Kind', render: (s) => SOURCE_KIND_LABELS[s.kind], sortValue: (s) => SOURCE_KINDS.indexOf(s.kind), width: '13%' },
  { key: 'accessed', header: 'Read', render: (s) => s.accessed ?? (s.heldAt ? `held at ${s.heldAt}` : '—'), sortValue: (s) => s.accessed, width: '11%' },
  { key: 'note', header: 'Note', render: (s) => s.note ?? '', width: '23%' },
];
export const SOURCE_SORT = { key: 'title', direction: 'ascending' } as const;

/** Every source with publisher, year, kind, the date it was read and a link where it is public; the kinds counted. */
export function SourceListPanel() {
  const reference = useReferenceData();
  const sources = reference.sources.data ?? [];
  return (
    <ChartCard
      id="sources"
      title="Sources"
      subtitle={`${sources.length} sources: ${kindCounts(sources)}`}
      state={combineQueries(reference.sources)}
      isEmpty={sources.length === 0}
      description="Every source with its publisher, year of publication, kind (official statistics first, mirrors and aggregators last), the date it was read and a link where public."
      table={() => (
        <WindowedDataTable
          caption="Sources"
          rows={sources}
          rowKey={(s) => s.id}
          maxHeight={520}
          windowOnPaperOnly
          initialSort={SOURCE_SORT}
          columns={SOURCE_COLUMNS}
        />
      )}
      csv={() => toSourceListCsv(sources)}
      footer={() => ({
        years: formatYearSpan(sources.flatMap((s) => (s.year ? [s.year] : []))),
        asOf: reference.meta.data?.asOf,
        statuses: [],
        notes: [
          'Kinds, strongest first: official statistics (statistical bulletins and bureau releases), government documents, official media, press, company, research, mirrors and aggregators (used only where no other host carries the figure), and the seed article.',
          'Links are given only where a source is public; sources without a link are cited by title. "Read" is the date the figures were read at the address.',
        ],
      })}
    />
  );
}
