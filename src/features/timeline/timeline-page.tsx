import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { resolveSources, useEvents, useReferenceData } from '../../api/resources';
import { EVENT_KIND_LABELS, STATUSES } from '../../api/schemas';
import { ChartCard } from '../../components/chart-card';
import { DataTable } from '../../components/data-table';
import { StatusBadge } from '../../components/status-badge';
import { cityLabel, isCityId } from '../../domain/cities';
import { formatYearSpan } from '../../domain/format';
import { useSelectedCities } from '../../view-state/use-view-state';
import { EventTimelineChart } from './event-timeline-chart';
import { toEventPoints } from './to-event-points';

export function TimelinePage() {
  const [cities] = useSelectedCities();
  const events = useEvents();
  const reference = useReferenceData();
  const { points, lanes } = useMemo(
    () => toEventPoints(events.data ?? [], cities, reference.entityById),
    [events.data, cities, reference.entityById],
  );
  const shown = points.map((p) => p.event);
  const years = formatYearSpan(shown.map((e) => Number(e.date.slice(0, 4))));
  const place = (entityId: string) => {
    if (isCityId(entityId)) return cityLabel(entityId);
    const entity = reference.entityById.get(entityId);
    return entity ? `${entity.nameEn} ${entity.nameZh}` : entityId;
  };

  return (
    <div className="card-grid card-grid--wide">
      <ChartCard
        title="Events that shaped the three hubs"
        subtitle={`Dated events by place, ${years || 'no dates'} · ${cities.map(cityLabel).join(', ')} and national`}
        definition="Zones founded, programmes, Five-Year Plan milestones, fab halts and cancellations, export controls, the National Technology Center bids, and boundary changes that break statistical series. Hover a mark for the event."
        state={panelState([events], [reference.sources, reference.meta, reference.entities])}
        isEmpty={shown.length === 0}
        height={Math.max(260, lanes.length * 80 + 60)}
        description={`Timeline with one lane per selected city and a national lane; each diamond is a dated event. The table lists all ${shown.length} events.`}
        chart={() => <EventTimelineChart points={points} lanes={lanes} />}
        table={() => (
          <DataTable
            caption="Events"
            rows={shown}
            rowKey={(e) => e.id}
            initialSort={{ key: 'date', direction: 'ascending' }}
            columns={[
              { key: 'date', header: 'Date', render: (e) => e.date, sortValue: (e) => e.date },
              { key: 'place', header: 'Place', render: (e) => place(e.entityId), sortValue: (e) => place(e.entityId) },
              { key: 'kind', header: 'Kind', render: (e) => EVENT_KIND_LABELS[e.kind], sortValue: (e) => e.kind },
              { key: 'title', header: 'Event', render: (e) => e.title, sortValue: (e) => e.title },
              { key: 'description', header: 'Detail', render: (e) => e.description },
              { key: 'status', header: 'Status', render: (e) => <StatusBadge status={e.status} />, sortValue: (e) => e.status },
            ]}
          />
        )}
        footer={() => ({
          sources: resolveSources(
            shown.flatMap((e) => e.sourceIds),
            reference.sourceById,
          ),
          years,
          asOf: reference.meta.data?.asOf,
          statuses: STATUSES.filter((s) => shown.some((e) => e.status === s)),
        })}
      />
    </div>
  );
}
