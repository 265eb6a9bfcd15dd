import { useMemo } from 'react';
import { panelState } from '../../api/combine-queries';
import { resolveSources, useEvents, useReferenceData } from '../../api/resources';
import type { EventKind, HubEvent } from '../../api/schemas';
import { EVENT_KINDS, EVENT_KIND_LABELS, STATUSES } from '../../api/vocabulary';
import { ChartCard } from '../../ui/chart-card';
import { DataTable } from '../../ui/data-table';
import { ExternalLink } from '../../ui/external-link';
import { StatusBadge } from '../../ui/status-badge';
import { cityLabel, entityLabel, isCityId } from '../../domain/cities';
import { formatYearSpan } from '../../domain/format';
import { useSetView, useViewParam } from '../../view-state/use-view-state';
import { EventTimelineChart } from './charts';
import { KindIcon } from './kind-marks';
import { toEventPoints } from './to-event-points';
import { toEventsCsv } from './to-events-csv';
import './timeline.css';

type KindFilterProps = {
  /** The chosen categories; empty means all. */
  kinds: readonly EventKind[];
  counts: Readonly<Record<EventKind, number>>;
  onChange: (next: EventKind[]) => void;
};

/**
 * Event categories, all on by default. The last category on cannot be switched off (the URL's
 * empty list means all, so "none" would show everything); choosing every category is the default.
 */
function KindFilter({ kinds, counts, onChange }: KindFilterProps) {
  const on = kinds.length === 0 ? EVENT_KINDS : kinds;
  return (
    <fieldset className="kind-filter">
      <legend>Categories</legend>
      {EVENT_KINDS.map((kind) => {
        const checked = on.includes(kind);
        const isLast = checked && on.length === 1;
        return (
          <label key={kind} className="kind-filter__option" title={isLast ? 'At least one category stays selected' : undefined}>
            <input
              type="checkbox"
              checked={checked}
              aria-disabled={isLast}
              onChange={() => {
                if (isLast) return;
                const next = checked ? on.filter((k) => k !== kind) : EVENT_KINDS.filter((k) => k === kind || on.includes(k));
                onChange(next.length === EVENT_KINDS.length ? [] : [...next]);
              }}
            />
            <KindIcon kind={kind} />
            <span>{EVENT_KIND_LABELS[kind]}</span>
            <span className="kind-filter__count" aria-hidden="true">
              {counts[kind]}
            </span>
          </label>
        );
      })}
      {kinds.length > 0 ? (
        <button type="button" className="button button--quiet" onClick={() => onChange([])}>
          Show all categories
        </button>
      ) : null}
    </fieldset>
  );
}

export function TimelinePage() {
  const cities = useViewParam('cities');
  const kinds = useViewParam('kinds');
  const setView = useSetView();
  const events = useEvents();
  const reference = useReferenceData();
  const { points, lanes, counts } = useMemo(
    () => toEventPoints(events.data ?? [], cities, reference.entityById, kinds),
    [events.data, cities, reference.entityById, kinds],
  );
  const shown = points.map((p) => p.event);
  const years = formatYearSpan(shown.map((e) => Number(e.date.slice(0, 4))));
  const place = (entityId: string) => {
    if (isCityId(entityId)) return cityLabel(entityId);
    return entityLabel(entityId, reference.entityById);
  };
  const shownKinds = EVENT_KINDS.filter((k) => shown.some((e) => e.kind === k));
  const categories = kinds.length === 0 ? 'all categories' : kinds.map((k) => EVENT_KIND_LABELS[k]).join(', ');
  const sourcesOf = (event: HubEvent) => resolveSources(event.sourceIds, reference.sourceById);
  const breakMetrics = [...new Set(shown.filter((e) => e.kind === 'seriesBreak').flatMap((e) => e.metricIds))].map(
    (id) => reference.metricById.get(id)?.label ?? id,
  );

  return (
    <div className="card-grid card-grid--wide">
      <ChartCard
        id="events"
        title="Events that shaped the three hubs"
        subtitle={`${shown.length} dated events, ${years || 'no dates'} · ${cities.map(cityLabel).join(', ')} and national · ${categories}`}
        definition="Zones founded, programmes, Five-Year Plan milestones, fab openings, halts and cancellations, export controls, the National Technology Center bids, and boundary changes that break statistical series. Colour is the place, shape the category; hover a mark for the event, or switch to the table for every detail. Events also mark the time-series charts of the metrics they bear on."
        controls={<KindFilter kinds={kinds} counts={counts} onChange={(next) => setView({ kinds: next })} />}
        state={panelState([events], [reference.sources, reference.meta, reference.entities, reference.metrics])}
        isEmpty={shown.length === 0}
        emptyMessage={`No events of the chosen categories (${categories}) for ${cities.map(cityLabel).join(', ')} or nationally.`}
        height={Math.max(280, lanes.length * 90 + 50) + 36}
        description={`Timeline with one lane per selected city and a national lane; each mark is a dated event, its colour the place and its shape the category. The table lists all ${shown.length} events.`}
        chart={() => (
          // The chart takes what the category key leaves, so a key that wraps (presentation type) never spills out.
          <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
            <div style={{ flex: '1 1 0', minHeight: 200 }}>
              <EventTimelineChart points={points} lanes={lanes} place={place} />
            </div>
            <ul className="kind-legend" aria-label="Categories shown">
              {shownKinds.map((kind) => (
                <li key={kind}>
                  <KindIcon kind={kind} />
                  {EVENT_KIND_LABELS[kind]}
                </li>
              ))}
            </ul>
          </div>
        )}
        table={() => (
          <DataTable
            caption="Events"
            rows={shown}
            rowKey={(e) => e.id}
            initialSort={{ key: 'date', direction: 'ascending' }}
            columns={[
              { key: 'date', header: 'Date', render: (e) => e.date, sortValue: (e) => e.date },
              { key: 'place', header: 'Place', render: (e) => place(e.entityId), sortValue: (e) => place(e.entityId) },
              { key: 'kind', header: 'Kind', render: (e) => EVENT_KIND_LABELS[e.kind], sortValue: (e) => EVENT_KIND_LABELS[e.kind] },
              {
                key: 'title',
                header: 'Event',
                render: (e) => (
                  <>
                    <span className="event-title">{e.title}</span>
                    {e.description ? <span className="event-detail">{e.description}</span> : null}
                  </>
                ),
                sortValue: (e) => e.title,
              },
              { key: 'status', header: 'Status', render: (e) => <StatusBadge status={e.status} />, sortValue: (e) => e.status },
              {
                key: 'sources',
                header: 'Sources',
                render: (e) => (
                  <ul className="event-sources">
                    {sourcesOf(e).map((s) => (
                      <li key={s.id}>
                        <ExternalLink href={s.url}>
                          <abbr title={`${s.title} (${s.publisher}${s.year ? `, ${s.year}` : ''})`}>{s.shortTitle}</abbr>
                        </ExternalLink>
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        )}
        csv={() => toEventsCsv(shown, { place, metricById: reference.metricById, sourceById: reference.sourceById })}
        footer={() => ({
          sources: resolveSources(
            shown.flatMap((e) => e.sourceIds),
            reference.sourceById,
          ),
          years,
          asOf: reference.meta.data?.asOf,
          statuses: STATUSES.filter((s) => shown.some((e) => e.status === s)),
          notes:
            breakMetrics.length > 0
              ? [
                  `Series breaks (hollow dashed squares) are boundary changes: city totals either side of them are not comparable. They are also marked, dashed, on the charts of ${breakMetrics.join(', ')}.`,
                ]
              : [],
        })}
      />
    </div>
  );
}

// The shaping the PowerPoint export uses, loaded with this page (pptx-shaping.ts says why).
export * from './pptx-shaping';
