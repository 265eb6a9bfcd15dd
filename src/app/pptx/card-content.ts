import type { QueryClient } from '@tanstack/react-query';
import { resolveSources } from '../../api/resources';
import type { CityId, Status } from '../../api/schemas';
import { EVENT_KIND_LABELS, STATUS_LABELS, STATUSES } from '../../api/vocabulary';
import { eventsNotDrawnNotes, annotationsWithinData, toChartAnnotations, type ChartAnnotation } from '../../domain/annotations';
import { frontEndCapacity } from '../../domain/capacity';
import { cityLabel, entityLabel, isCityId } from '../../domain/cities';
import { formatYearSpan, unitLabel } from '../../domain/format';
import { GDP_METRIC_ID, NORMALISATION_LABELS, POPULATION_METRIC_ID, normaliseSeries } from '../../domain/normalise';
import { CITY_COLOURS, NEUTRAL_SERIES_COLOUR } from '../../domain/palette';
import { isWholeCityYear, observationsInRows, toYearRows, valuesByYear } from '../../domain/series';
import { NATIONAL_ENTITY_ID } from '../../domain/yardstick';
import { citySeries, type CardContent, type PptxChart } from '../../export/pptx/slide-model';
import type { ViewState } from '../../view-state/search-params';
import type { GroupBarRow } from '../../features/chips/city-group-bar-chart';
import { toCapacityBars, toInvestmentBars } from '../../features/chips/to-group-bars';
import { toInvestment } from '../../features/chips/to-investment';
import { toIndustryBars } from '../../features/industries/to-industry-bars';
import { toEventPoints } from '../../features/timeline/to-event-points';
import { loadCityObservations, loadEvents, loadFabs, loadIndustries, loadObservations, loadRates, type Reference } from './card-data';

/*
 * One builder per card kind: the card's content for a view (its parsed URL settings), made with
 * the same pure shaping the card calls (toYearRows, toCapacityBars, toInvestment, toIndustryBars,
 * toEventPoints...), so the slide's numbers are the card's numbers. A builder throws with a
 * reason when the card cannot be drawn; the deck says which slide and goes on.
 */

export type BuildInput = { client: QueryClient; reference: Reference; view: ViewState };
type Builder = (input: BuildInput) => Promise<CardContent>;

const places = (cities: readonly CityId[]) => cities.map(cityLabel).join(', ');
const statusesOf = (items: readonly { status: Status }[]) => STATUSES.filter((s) => items.some((i) => i.status === s));
const ESTIMATE_NOTE = 'Lighter series named “(estimate)” are estimates, kept apart from reported and seed figures.';

/** Grouped bars (one group per row, one series per city) from the rows a card's bar chart draws. */
export function groupBarChart(rows: readonly GroupBarRow[], cities: readonly CityId[], valueAxisTitle: string, categoryAxisTitle: string): PptxChart {
  return {
    kind: 'bar',
    categories: rows.map((r) => r.label),
    series: citySeries(
      rows.length,
      cities.map((city) => ({ name: cityLabel(city), colour: CITY_COLOURS[city], valueAt: (i) => rows[i]?.values[city] })),
    ),
    valueAxisTitle,
    categoryAxisTitle,
    showValues: true,
  };
}

const estimateNote = (chart: PptxChart) => (chart.series.some((s) => s.name.endsWith('(estimate)')) ? [ESTIMATE_NOTE] : []);

async function trendContent(metricId: string, { client, reference, view }: BuildInput): Promise<CardContent> {
  const { cities, from, to, norm, cur } = view;
  const metric = reference.metricById.get(metricId);
  if (!metric) throw new Error(`the metric catalogue has no entry for ${metricId}`);
  const needsDenominator = norm === 'perCapita' || norm === 'perGdp';
  const denominatorId = norm === 'perCapita' ? POPULATION_METRIC_ID : GDP_METRIC_ID;
  const [observations, rates, events, denominators, nationalRows] = await Promise.all([
    loadCityObservations(client, cities, { from, to, metrics: [metricId] }),
    loadRates(client),
    loadEvents(client),
    needsDenominator ? loadCityObservations(client, cities, { from, to, metrics: [denominatorId] }) : Promise.resolve(undefined),
    loadObservations(client, { entities: [NATIONAL_ENTITY_ID], from, to }),
  ]);
  const series = normaliseSeries({
    observations,
    metric,
    mode: norm,
    currency: cur,
    rates,
    population: norm === 'perCapita' ? denominators : undefined,
    gdp: norm === 'perGdp' ? denominators : undefined,
    populationMetric: reference.metricById.get(POPULATION_METRIC_ID),
    gdpMetric: reference.metricById.get(GDP_METRIC_ID),
    sourceName: (id) => reference.sourceById.get(id)?.shortTitle,
  });
  if (!series.ok) throw new Error(series.reason);
  const rows = toYearRows(series.rows, metricId, cities);
  if (rows.length === 0) throw new Error(`no value for ${places(cities)} between ${from} and ${to}`);
  const shown = observationsInRows(rows);
  const shownYears = new Set(rows.map((r) => r.year));
  let national: ReturnType<typeof valuesByYear> | undefined;
  if (metric.yardstick === 'level' && norm === 'absolute') {
    const own = nationalRows.filter((o) => o.metricId === metricId && isWholeCityYear(o));
    const shaped = normaliseSeries({ observations: own, metric, mode: 'absolute', currency: cur, rates });
    if (shaped.ok && shaped.rows.length > 0) national = valuesByYear(shaped.rows, NATIONAL_ENTITY_ID, metricId);
  }
  const nationalShown = national ? [...national.values()].filter((o) => shownYears.has(o.year)) : [];
  const byDataYears = annotationsWithinData(toChartAnnotations(events, { metricId, cities, from, to, entityById: reference.entityById }), rows);
  const place = (a: ChartAnnotation) => (a.city ? cityLabel(a.city) : entityLabel(a.event.entityId, reference.entityById));
  const shownNorm = series.asReported ? 'absolute' : norm;
  const modeLabel = series.asReported ? ` · shown as reported: ${series.asReported}` : shownNorm === 'absolute' ? '' : ` · ${NORMALISATION_LABELS[norm].toLowerCase()}`;
  const unit = unitLabel(series.metric, series.metric.valueKind === 'money' ? cur : undefined);
  const years = formatYearSpan(rows.map((r) => r.year));
  const chart: PptxChart = {
    kind: 'line',
    categories: rows.map((r) => String(r.year)),
    series: [
      ...citySeries(
        rows.length,
        cities.map((city) => ({ name: cityLabel(city), colour: CITY_COLOURS[city], valueAt: (i) => rows[i]?.values[city] })),
      ),
      ...(nationalShown.length > 0 ? [{ name: 'China (national)', colour: NEUTRAL_SERIES_COLOUR, values: rows.map((r) => national?.get(r.year)?.value ?? null) }] : []),
    ],
    valueAxisTitle: `${unit}${modeLabel.replace(' · ', ', ')}`,
    categoryAxisTitle: 'Year',
    showValues: true,
  };
  const breaks = byDataYears.drawn.filter((a) => a.isSeriesBreak);
  return {
    title: metric.label,
    subtitle: `${unit}${modeLabel}${years ? `, ${years}` : ''} · ${places(cities)}`,
    body: { kind: 'chart', chart },
    sources: resolveSources(
      [...shown.map((o) => o.sourceId), ...nationalShown.map((o) => o.sourceId), ...series.ratesUsed.flatMap((r) => r.sourceIds)],
      reference.sourceById,
    ),
    years,
    statuses: statusesOf([...shown, ...nationalShown]),
    slideNotes: [
      ...breaks.map((a) => `Series break: ${place(a)}, ${a.event.date}: ${a.event.title}. Values either side are not comparable.`),
      ...estimateNote(chart),
    ],
    cardNotes: [...series.notes, ...eventsNotDrawnNotes(byDataYears, place)],
  };
}

async function capacityContent({ client, reference, view }: BuildInput): Promise<CardContent> {
  const { cities } = view;
  const { totals } = frontEndCapacity(await loadFabs(client), cities);
  if (totals.length === 0) throw new Error(`no front-end capacity is stated for ${places(cities)}`);
  const years = formatYearSpan(totals.flatMap((t) => t.years));
  const chart = groupBarChart(toCapacityBars(totals), cities, '300 mm-equivalent wafers per month', 'Plant status');
  return {
    title: 'Front-end wafer capacity',
    subtitle: `300 mm-equivalent wafers per month, by plant status, latest stated figure per plant (${years}) · ${places(cities)}`,
    body: { kind: 'chart', chart },
    sources: resolveSources(totals.flatMap((t) => t.contributions.map((c) => c.stated.sourceId)), reference.sourceById),
    years,
    statuses: statusesOf(totals),
    slideNotes: ['Halted, cancelled and planned bars show capacity that was planned; those plants make no wafers.', ...estimateNote(chart)],
    cardNotes: [],
  };
}

async function investmentContent({ client, reference, view }: BuildInput): Promise<CardContent> {
  const { cities, cur } = view;
  const [fabs, rates] = await Promise.all([loadFabs(client), loadRates(client)]);
  const summary = toInvestment(fabs, cities, cur, rates);
  const { totals } = summary;
  if (totals.length === 0) throw new Error(`no plant in ${places(cities)} has a stated investment`);
  const years = formatYearSpan(totals.flatMap((t) => t.years));
  const chart = groupBarChart(toInvestmentBars(totals), cities, `${cur} bn`, '');
  return {
    title: 'Chip investment committed and lost',
    subtitle: `${cur} bn, announced amounts (${years}), by whether the plant still stands · ${places(cities)}`,
    body: { kind: 'chart', chart },
    sources: resolveSources(
      [...totals.flatMap((t) => t.items.map((i) => i.stated.sourceId)), ...summary.rates.flatMap((r) => r.sourceIds)],
      reference.sourceById,
    ),
    years,
    statuses: statusesOf(totals),
    slideNotes: estimateNote(chart),
    cardNotes: summary.rates.map((r) => `Rate: ${r.description}, ${STATUS_LABELS[r.status].toLowerCase()}; for ${r.from} amounts of ${r.year}.`),
  };
}

async function industryOutputContent({ client, reference, view }: BuildInput): Promise<CardContent> {
  const { cities, cur } = view;
  const [industries, rates] = await Promise.all([loadIndustries(client), loadRates(client)]);
  const { bars, rates: used } = toIndustryBars(industries, cities, cur, rates);
  if (bars.length === 0) throw new Error(`no stated industry output for ${places(cities)}`);
  const years = formatYearSpan(bars.map((b) => b.output.year));
  const selected = industries.filter((i) => cities.includes(i.cityId));
  const chart: PptxChart = {
    kind: 'bar',
    horizontal: true,
    categories: bars.map((b) => `${b.label} (${b.output.year})`),
    series: citySeries(
      bars.length,
      cities.map((city) => ({
        name: cityLabel(city),
        colour: CITY_COLOURS[city],
        valueAt: (i) => {
          const bar = bars[i];
          return bar?.cityId === city ? bar.output : undefined;
        },
      })),
    ),
    valueAxisTitle: `${cur} bn`,
    categoryAxisTitle: 'Pillar industry (year)',
    showValues: true,
  };
  return {
    title: 'Pillar industry output',
    subtitle: `${cur} bn, latest stated year (${years}) · ${places(cities)}`,
    body: { kind: 'chart', chart },
    sources: resolveSources(
      [
        ...bars.map((b) => b.output.sourceId),
        ...selected.flatMap((i) => [i.growthPct?.sourceId, i.firms?.sourceId, ...i.sourceIds].filter((id): id is string => id !== undefined)),
        ...used.flatMap((r) => r.sourceIds),
      ],
      reference.sourceById,
    ),
    years,
    statuses: statusesOf(bars.map((b) => b.output)),
    slideNotes: ['Years differ between bars; zone-level figures cover one zone, not the whole city.', ...estimateNote(chart)],
    cardNotes: [],
  };
}

async function eventsContent({ client, reference, view }: BuildInput): Promise<CardContent> {
  const { cities, kinds } = view;
  const events = await loadEvents(client);
  const shown = toEventPoints(events, cities, reference.entityById, kinds)
    .points.map((p) => p.event)
    .sort((a, b) => a.date.localeCompare(b.date));
  if (shown.length === 0) throw new Error('no events of the chosen categories');
  const years = formatYearSpan(shown.map((e) => Number(e.date.slice(0, 4))));
  const place = (id: string) => (isCityId(id) ? cityLabel(id) : entityLabel(id, reference.entityById));
  const categories = kinds.length === 0 ? 'all categories' : kinds.map((k) => EVENT_KIND_LABELS[k]).join(', ');
  return {
    title: 'Events that shaped the three hubs',
    subtitle: `${shown.length} dated events, ${years} · ${places(cities)} and national · ${categories}`,
    body: {
      kind: 'table',
      table: {
        header: ['Date', 'Place', 'Kind', 'Event', 'Status', 'Sources'],
        rows: shown.map((e) => [
          e.date,
          place(e.entityId),
          EVENT_KIND_LABELS[e.kind],
          e.description ? `${e.title}. ${e.description}` : e.title,
          STATUS_LABELS[e.status],
          resolveSources(e.sourceIds, reference.sourceById)
            .map((s) => s.shortTitle)
            .join('; '),
        ]),
      },
    },
    sources: resolveSources(shown.flatMap((e) => e.sourceIds), reference.sourceById),
    years,
    statuses: statusesOf(shown),
    slideNotes: [],
    cardNotes: [],
  };
}

const BUILDERS: Partial<Record<string, Builder>> = {
  capacity: capacityContent,
  investment: investmentContent,
  'industry-output': industryOutputContent,
  events: eventsContent,
};

/** The builder for a card id, or undefined for a card that has no PowerPoint form yet. */
export function builderFor(cardId: string): Builder | undefined {
  if (cardId.startsWith('trend-')) return (input) => trendContent(cardId.slice('trend-'.length), input);
  return BUILDERS[cardId];
}
