import type { QueryClient } from '@tanstack/react-query';
import { resolveSources } from '../../api/resources';
import type { CityId, Observation, Rate, Status } from '../../api/schemas';
import { EVENT_KIND_LABELS, METRIC_CATEGORY_LABELS, STATUS_LABELS, STATUSES } from '../../api/vocabulary';
import type { ChartAnnotation } from '../../domain/annotations';
import { cityLabel, entityLabel, isCityId } from '../../domain/cities';
import { NORMALISATION_PHRASES } from '../../domain/normalisations';
import { CITY_COLOURS, NEUTRAL_SERIES_COLOUR } from '../../domain/palette';
import { citySeries, type CardContent, type PptxChart, type PptxSeries, type PptxTable, type StatusValue, type TextKit } from '../../export/pptx/slide-model';
import type { ViewState } from '../../view-state/search-params';
import type { GroupBarRow } from '../../features/chips/city-group-bar-chart';
import { chipsShaping, industriesShaping, overviewShaping, sourcesShaping, talentShaping, timelineShaping } from './shaping';
import { loadChanges, loadCityObservations, loadEvents, loadFabs, loadIndustries, loadObservations, loadRates, type Reference } from './card-data';

/*
 * One builder per card kind: the card's content for a view (its parsed URL settings), made with
 * the same pure shaping the card calls (toYearRows, toCapacityBars, toInvestment, toIndustryBars,
 * toEventPoints...), so the slide's numbers are the card's numbers. That shaping comes through the
 * section modules (shaping.ts says why). A builder throws with a reason when the card cannot be
 * drawn; the deck says which slide and goes on.
 */

export type BuildInput = { client: QueryClient; reference: Reference; view: ViewState; kit: TextKit };
type Builder = (input: BuildInput) => Promise<CardContent>;

const places = (cities: readonly CityId[]) => cities.map(cityLabel).join(', ');
const statusesOf = (items: readonly { status: Status }[]) => STATUSES.filter((s) => items.some((i) => i.status === s));
const ESTIMATE_NOTE = 'Lighter series named “(estimate)” are estimates, kept apart from reported and seed figures.';

/** Grouped bars (one group per row, one series per city) from the rows a card's bar chart draws. */
export function groupBarChart(rows: readonly GroupBarRow[], cities: readonly CityId[], valueAxisTitle: string, categoryAxisTitle: string, kit: TextKit): PptxChart {
  return {
    kind: 'bar',
    categories: rows.map((r) => r.label),
    series: citySeries(
      rows.length,
      cities.map((city) => ({ name: cityLabel(city), colour: CITY_COLOURS[city], valueAt: (i) => rows[i]?.values[city] })),
      kit,
    ),
    valueAxisTitle,
    categoryAxisTitle,
    showValues: true,
  };
}

/**
 * Bars drawn across, one per row, each belonging to one city (an industry, a university): a series
 * per city holding only its own bars, so each bar keeps its city's colour as on the card.
 */
function barsAcross(
  rows: readonly { label: string; cityId: CityId; value: StatusValue }[],
  cities: readonly CityId[],
  axes: Pick<PptxChart, 'valueAxisTitle' | 'categoryAxisTitle'>,
  kit: TextKit,
): PptxChart {
  return {
    kind: 'bar',
    horizontal: true,
    categories: rows.map((r) => r.label),
    series: citySeries(
      rows.length,
      cities.map((city) => ({ name: cityLabel(city), colour: CITY_COLOURS[city], valueAt: (i) => (rows[i]?.cityId === city ? rows[i]?.value : undefined) })),
      kit,
    ),
    ...axes,
    showValues: true,
  };
}

const estimateNote = (chart: PptxChart) => (chart.series.some((s) => s.name.endsWith('(estimate)')) ? [ESTIMATE_NOTE] : []);

/** What normaliseSeries takes from a view besides the values: its mode, currency, rates and denominators, as the cards pass them. */
function seriesSettings(
  reference: Reference,
  { norm, cur }: ViewState,
  rates: Rate[],
  denominators: Observation[] | undefined,
  ids: { GDP_METRIC_ID: string; POPULATION_METRIC_ID: string },
) {
  return {
    mode: norm,
    currency: cur,
    rates,
    population: norm === 'perCapita' ? denominators : undefined,
    gdp: norm === 'perGdp' ? denominators : undefined,
    populationMetric: reference.metricById.get(ids.POPULATION_METRIC_ID),
    gdpMetric: reference.metricById.get(ids.GDP_METRIC_ID),
    sourceName: (id: string) => reference.sourceById.get(id)?.shortTitle,
  };
}

async function trendContent(metricId: string, { client, reference, view, kit }: BuildInput): Promise<CardContent> {
  const { cities, from, to, norm, cur } = view;
  const [
    { GDP_METRIC_ID, POPULATION_METRIC_ID, normaliseSeries, toYearRows },
    { NATIONAL_ENTITY_ID, observationsInRows, isWholeCityYear, valuesByYear, unitLabel },
    { annotationsWithinData, toChartAnnotations, eventsNotDrawnNotes },
    { formatYearSpan },
  ] = await Promise.all([talentShaping(), industriesShaping(), timelineShaping(), chipsShaping()]);
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
  const series = normaliseSeries({ observations, metric, ...seriesSettings(reference, view, rates, denominators, { GDP_METRIC_ID, POPULATION_METRIC_ID }) });
  if (!series.ok) throw new Error(series.reason);
  const rows = toYearRows(series.rows, metricId, cities);
  if (rows.length === 0) throw new Error(`no value for ${places(cities)} between ${from} and ${to}`);
  const shown = observationsInRows(rows);
  const shownYears = new Set(rows.map((r) => r.year));
  let national: ReturnType<typeof valuesByYear> | undefined;
  let nationalRates: typeof series.ratesUsed = [];
  if (metric.yardstick === 'level' && norm === 'absolute') {
    const own = nationalRows.filter((o) => o.metricId === metricId && isWholeCityYear(o));
    const shaped = normaliseSeries({ observations: own, metric, mode: 'absolute', currency: cur, rates });
    if (shaped.ok && shaped.rows.length > 0) {
      national = valuesByYear(shaped.rows, NATIONAL_ENTITY_ID, metricId);
      nationalRates = shaped.ratesUsed;
    }
  }
  const nationalShown = national ? [...national.values()].filter((o) => shownYears.has(o.year)) : [];
  const byDataYears = annotationsWithinData(toChartAnnotations(events, { metricId, cities, from, to, entityById: reference.entityById }), rows);
  const place = (a: ChartAnnotation) => (a.city ? cityLabel(a.city) : entityLabel(a.event.entityId, reference.entityById));
  const shownNorm = series.asReported ? 'absolute' : norm;
  const modeLabel = series.asReported ? ` · shown as reported: ${series.asReported}` : shownNorm === 'absolute' ? '' : ` · ${NORMALISATION_PHRASES[norm]}`;
  const unit = unitLabel(series.metric, series.metric.valueKind === 'money' ? cur : undefined);
  const years = formatYearSpan(rows.map((r) => r.year));
  const chart: PptxChart = {
    kind: 'line',
    categories: rows.map((r) => String(r.year)),
    // China's line goes through the same split as the cities': its estimates in a series of their own.
    series: citySeries(
      rows.length,
      [
        ...cities.map((city) => ({ name: cityLabel(city), colour: CITY_COLOURS[city], valueAt: (i: number) => rows[i]?.values[city] })),
        ...(nationalShown.length > 0 ? [{ name: 'China (national)', colour: NEUTRAL_SERIES_COLOUR, valueAt: (i: number) => national?.get(rows[i]?.year ?? Number.NaN) }] : []),
      ],
      kit,
    ),
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
      [...shown.map((o) => o.sourceId), ...nationalShown.map((o) => o.sourceId), ...[...series.ratesUsed, ...nationalRates].flatMap((r) => r.sourceIds)],
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

async function capacityContent({ client, reference, view, kit }: BuildInput): Promise<CardContent> {
  const { cities } = view;
  const { frontEndCapacity, toCapacityBars, formatYearSpan } = await chipsShaping();
  const { totals } = frontEndCapacity(await loadFabs(client), cities);
  if (totals.length === 0) throw new Error(`no front-end capacity is stated for ${places(cities)}`);
  const years = formatYearSpan(totals.flatMap((t) => t.years));
  const chart = groupBarChart(toCapacityBars(totals), cities, '300 mm-equivalent wafers per month', 'Plant status', kit);
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

async function investmentContent({ client, reference, view, kit }: BuildInput): Promise<CardContent> {
  const { cities, cur } = view;
  const { toInvestment, toInvestmentBars, formatYearSpan } = await chipsShaping();
  const [fabs, rates] = await Promise.all([loadFabs(client), loadRates(client)]);
  const summary = toInvestment(fabs, cities, cur, rates);
  const { totals } = summary;
  if (totals.length === 0) throw new Error(`no plant in ${places(cities)} has a stated investment`);
  const years = formatYearSpan(totals.flatMap((t) => t.years));
  const chart = groupBarChart(toInvestmentBars(totals), cities, `${cur} bn`, '', kit);
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

async function industryOutputContent({ client, reference, view, kit }: BuildInput): Promise<CardContent> {
  const { cities, cur } = view;
  const [{ toIndustryBars }, { formatYearSpan }] = await Promise.all([industriesShaping(), chipsShaping()]);
  const [industries, rates] = await Promise.all([loadIndustries(client), loadRates(client)]);
  const { bars, rates: used } = toIndustryBars(industries, cities, cur, rates);
  if (bars.length === 0) throw new Error(`no stated industry output for ${places(cities)}`);
  const years = formatYearSpan(bars.map((b) => b.output.year));
  const selected = industries.filter((i) => cities.includes(i.cityId));
  const chart = barsAcross(
    bars.map((b) => ({ label: `${b.label} (${b.output.year})`, cityId: b.cityId, value: b.output })),
    cities,
    { valueAxisTitle: `${cur} bn`, categoryAxisTitle: 'Pillar industry (year)' },
    kit,
  );
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
  const [{ toEventPoints }, { formatYearSpan }] = await Promise.all([timelineShaping(), chipsShaping()]);
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

/** The Overview's comparison for a view, as useOverviewData makes it: scorecard, composite index, insights. */
async function overviewComparison({ client, reference, view }: BuildInput) {
  const { cities, from, to, cur, compare, w } = view;
  const shaping = await overviewShaping();
  const [observations, rates, events] = await Promise.all([
    loadCityObservations(client, cities, { from, to }),
    loadRates(client),
    // As on the card: series breaks only add a caution, so a failed events request breaks nothing.
    loadEvents(client).catch(() => []),
  ]);
  const converted = shaping.convertRows(observations, cur, rates);
  const scorecard = shaping.compareMetrics([...reference.metricById.values()], converted.rows, cities, compare);
  const composite = scorecard.length > 0 ? shaping.compositeIndex(scorecard, cities, w) : undefined;
  const insights = shaping.buildInsights({ rows: scorecard, composite, observations: converted.rows, cities, breaks: events.filter((e) => e.kind === 'seriesBreak') });
  const compared = scorecard.filter((r) => r.comparable).flatMap((r) => r.cells.flatMap((c) => (c.observation ? [c.observation] : [])));
  /** The rates behind the shown values, as the cards' footers name them. */
  const rateNotes = (shown: readonly Observation[]) => shaping.describeRates(shown.flatMap((o) => converted.rateById.get(o.id) ?? []));
  return { shaping, scorecard, composite, insights, compared, converted, rates, rateNotes };
}

async function insightsContent(input: BuildInput): Promise<CardContent> {
  const { reference, view } = input;
  const { cities, from, to } = view;
  if (cities.length < 2) throw new Error('the insights compare at least two cities');
  const [{ insights, compared }, { formatYearSpan }] = await Promise.all([overviewComparison(input), chipsShaping()]);
  if (insights.length === 0) throw new Error('too few comparable figures for a finding');
  return {
    title: 'What the data says',
    subtitle: `Computed from the scorecard for ${from}–${to} · ${places(cities)}`,
    body: { kind: 'bullets', items: insights },
    sources: resolveSources(compared.map((o) => o.sourceId), reference.sourceById),
    // The years of the figures compared, not the range asked for.
    years: formatYearSpan(compared.map((o) => o.year)),
    statuses: statusesOf(compared),
    slideNotes: ['Every sentence is computed from the scorecard; none is written by hand.'],
    cardNotes: [],
  };
}

async function compositeContent(input: BuildInput): Promise<CardContent> {
  const { reference, view, kit } = input;
  const { cities, from, to, w } = view;
  if (cities.length < 2) throw new Error('the composite index compares at least two cities');
  const [{ shaping, composite, compared }, { formatYearSpan }] = await Promise.all([overviewComparison(input), chipsShaping()]);
  if (!composite) throw new Error('no metric is compared for these cities and years');
  const rows = [
    { label: 'Overall', byCity: composite.overall },
    ...composite.categories.map((c) => ({
      label: c.metricIds.length === 0 ? `${METRIC_CATEGORY_LABELS[c.category]} (none compared)` : METRIC_CATEGORY_LABELS[c.category],
      byCity: c.byCity,
    })),
  ];
  // Whole points, as the card's table writes them ("72 (4 of 5 metrics, 20% estimates)").
  const series: PptxSeries[] = cities.map((city) => ({
    name: cityLabel(city),
    colour: CITY_COLOURS[city],
    values: rows.map((r) => {
      const score = r.byCity[city].score;
      return score === undefined ? null : (kit.csvNumber(Math.round(score)) ?? null);
    }),
  }));
  const weights = Object.entries(w)
    .map(([category, weight]) => `${METRIC_CATEGORY_LABELS[category as keyof typeof METRIC_CATEGORY_LABELS]} ${weight}`)
    .join(', ');
  const leftOut = shaping.leftOutNote(composite.excluded, (id) => reference.metricById.get(id)?.label ?? id);
  return {
    title: 'Composite index',
    subtitle: `0–100, the leader on each metric scores 100 · weights: ${weights} · ${from}–${to} · ${places(cities)}`,
    body: {
      kind: 'chart',
      chart: { kind: 'bar', categories: rows.map((r) => r.label), series, valueAxisTitle: 'Index, 0–100', valueAxisMax: 100, categoryAxisTitle: 'Index', showValues: true },
    },
    sources: resolveSources(compared.map((o) => o.sourceId), reference.sourceById),
    years: formatYearSpan(compared.map((o) => o.year)),
    statuses: statusesOf(compared),
    slideNotes: ['Coverage and estimate shares per city are in the notes; an empty slot is a category with no metric compared.'],
    cardNotes: [
      ...rows.flatMap((r) => cities.map((city) => `${r.label}, ${cityLabel(city)}: ${shaping.scoreText(r.byCity[city])}`)),
      ...(leftOut ? [leftOut] : []),
    ],
  };
}

async function talentContent({ client, reference, view }: BuildInput): Promise<CardContent> {
  const { cities, from, to, norm, compare } = view;
  const [talent, { formatYearSpan }] = await Promise.all([talentShaping(), chipsShaping()]);
  const { TALENT_RACE_METRICS, TALENT_RACE_ROW_NOTES, toLatestComparison, verdictText, GDP_METRIC_ID, POPULATION_METRIC_ID, normaliseSeries, toYearRows, formatValue } = talent;
  const needsDenominator = norm === 'perCapita' || norm === 'perGdp';
  // The same requests as useLatestComparison (the selected cities only), so the same cache entries.
  const range = { entities: cities, from, to };
  const [observations, rates, denominators] = await Promise.all([
    loadObservations(client, { ...range, metrics: [...TALENT_RACE_METRICS] }),
    loadRates(client),
    needsDenominator ? loadObservations(client, { ...range, metrics: [norm === 'perCapita' ? POPULATION_METRIC_ID : GDP_METRIC_ID] }) : Promise.resolve(undefined),
  ]);
  const rows = toLatestComparison(
    TALENT_RACE_METRICS.map((metricId) => {
      const metric = reference.metricById.get(metricId);
      if (!metric) return { metricId, ok: false as const, label: metricId, reason: 'The metric catalogue did not load.' };
      const series = normaliseSeries({
        observations: observations.filter((o) => o.metricId === metricId),
        metric,
        ...seriesSettings(reference, view, rates, denominators, { GDP_METRIC_ID, POPULATION_METRIC_ID }),
      });
      if (!series.ok) return { metricId, ok: false as const, label: metric.label, reason: series.reason };
      return { metricId, ok: true as const, metric: series.metric, rows: toYearRows(series.rows, metricId, cities), notes: series.notes };
    }),
    cities,
    compare,
  );
  const shown: Observation[] = rows.flatMap((r) => (r.ok ? Object.values(Object.keys(r.cells).length > 0 ? r.cells : r.latest) : []));
  if (shown.length === 0) throw new Error(`no talent figures for ${places(cities)} between ${from} and ${to}`);
  const statusText = (o: Observation) => (o.status === 'reported' ? '' : ` · ${STATUS_LABELS[o.status].toLowerCase()}`);
  const years = formatYearSpan(shown.map((o) => o.year));
  return {
    title: 'Talent race',
    subtitle: `${compare === 'sameYear' ? 'Each measure at the latest year every city has' : 'Each city’s latest value, years may differ'}, ${from}–${to}${norm === 'absolute' ? '' : `, ${NORMALISATION_PHRASES[norm]} where the measure allows it`} · ${places(cities)}`,
    body: {
      kind: 'table',
      // The card's table view, row for row: the measure, each city's value with its year, who leads.
      table: {
        header: ['Measure', ...cities.map(cityLabel), 'Who leads'],
        rows: rows.map((r) => [
          r.ok ? `${r.metric.label}${r.metricId === 'tal_foreign_pr' && TALENT_RACE_ROW_NOTES[r.metricId] ? ' (different measure)' : ''}` : r.label,
          ...cities.map((city) => {
            if (!r.ok) return '—';
            const obs = r.cells[city];
            const latest = r.latest[city];
            if (!obs && latest) return `not compared; latest ${formatValue(latest, r.metric)} (${latest.year})${statusText(latest)}`;
            if (!obs) return 'no figure';
            return `${formatValue(obs, r.metric)} (${obs.year})${statusText(obs)}`;
          }),
          r.ok ? verdictText(r.verdict, cityLabel) : r.reason,
        ]),
      },
    },
    sources: resolveSources(shown.map((o) => o.sourceId), reference.sourceById),
    years,
    statuses: statusesOf(shown),
    slideNotes: [],
    cardNotes: [
      ...new Set(rows.flatMap((r) => (r.ok ? r.notes : []))),
      ...Object.values(TALENT_RACE_ROW_NOTES),
      'Zone-level figures (e.g. the Chengdu Hi-tech Zone) are not city totals and are left out here; see Sources & data.',
    ],
  };
}

async function nationalContent({ client, reference, view, kit }: BuildInput): Promise<CardContent> {
  const { from, to } = view;
  // The metrics and places the national card shows, in its order (national-panel.tsx).
  const [{ toNationalFacts, formatYearSpan, NATIONAL_METRICS, NATIONAL_ENTITIES }, { formatValue }] = await Promise.all([chipsShaping(), talentShaping()]);
  const all = await loadObservations(client, { metrics: NATIONAL_METRICS, entities: NATIONAL_ENTITIES, from, to });
  const { shares, tiles } = toNationalFacts(all, reference.metricById, reference.entityById, NATIONAL_METRICS);
  if (shares.length === 0) throw new Error(`no national share figure between ${from} and ${to}`);
  // Years, sources and statuses of what the slide shows (the bars and the tiles), not of every row loaded.
  const shown = [...shares.flatMap((b) => (b.seedRounding ? [b.observation, b.seedRounding] : [b.observation])), ...tiles];
  const years = formatYearSpan(shown.map((o) => o.year));
  const tileText = (o: Observation) => {
    const metric = reference.metricById.get(o.metricId);
    // A tile that is not a reported figure says what it is, as the card's badge does.
    const status = o.status === 'reported' ? '' : `, ${o.status === 'seed' ? 'seed article' : 'estimate'}`;
    return `${entityLabel(o.entityId, reference.entityById)}, ${metric?.label ?? o.metricId}: ${metric ? formatValue(o, metric) : o.value} (${o.year}${status})`;
  };
  return {
    title: "China's chip gap: national context",
    subtitle: `Self-sufficiency and shares in EDA and core IP, % (${years}) · China 中国, United States 美国`,
    body: {
      kind: 'chart',
      chart: {
        kind: 'bar',
        horizontal: true,
        categories: shares.map((b) => `${b.label} (${b.observation.year})`),
        series: citySeries(shares.length, [{ name: 'Share, %', colour: NEUTRAL_SERIES_COLOUR, valueAt: (i) => shares[i]?.observation }], kit),
        valueAxisTitle: '%',
        categoryAxisTitle: '',
        showValues: true,
      },
    },
    sources: resolveSources(shown.map((o) => o.sourceId), reference.sourceById),
    years,
    statuses: statusesOf(shown),
    slideNotes: [tiles.map(tileText).join(' · ')].filter(Boolean),
    cardNotes: [
      ...shares.flatMap((b) => (b.seedRounding ? [`${b.label}: the seed article rounds it to ${b.seedRounding.value}%.`] : [])),
      'Amounts stated in two currencies (C$180bn in the seed article, US$143.4bn from IC Insights) are shown as each source states them, not converted.',
    ],
  };
}

/** The plants of the selected cities a plants card lists (`frontEnd` false: assembly/test and materials only). */
async function plantsContent({ client, reference, view }: BuildInput, allTypes: boolean): Promise<CardContent> {
  const { cities } = view;
  const [chips, { tableText }] = await Promise.all([chipsShaping(), sourcesShaping()]);
  const plants = (await loadFabs(client)).filter((f) => cities.includes(f.cityId) && (allTypes || f.facilityType !== 'frontEnd'));
  if (plants.length === 0) throw new Error(`no ${allTypes ? 'chip' : 'assembly/test or materials'} plant is known in ${places(cities)}`);
  const figures = plants.flatMap(chips.figuresOf);
  return {
    title: allTypes ? 'Chip plants by status' : 'Assembly/test and materials plants',
    subtitle: allTypes
      ? `Every known front-end fab, assembly/test and materials plant, latest known status · ${places(cities)}`
      : `Plants that package and test chips or make silicon wafers; never added to front-end capacity · ${places(cities)}`,
    body: { kind: 'table', table: tableText(allTypes ? chips.PLANTS_COLUMNS : chips.OTHER_PLANTS_COLUMNS, plants) },
    sources: resolveSources(plants.flatMap((f) => f.sourceIds), reference.sourceById),
    years: chips.fabYears(plants),
    statuses: statusesOf(figures),
    slideNotes: allTypes ? ['Capacity of halted, cancelled and planned plants is what was planned; they make no wafers.'] : [],
    cardNotes: allTypes ? ['Counts are of known plants; a zero is a finding, not missing data.'] : [],
  };
}

async function sourcesContent({ reference }: BuildInput): Promise<CardContent> {
  const { tableText, SOURCE_COLUMNS, SOURCE_SORT, kindCounts } = await sourcesShaping();
  const { formatYearSpan } = await chipsShaping();
  const sources = [...reference.sourceById.values()];
  if (sources.length === 0) throw new Error('no source is recorded');
  return {
    title: 'Sources',
    subtitle: `${sources.length} sources: ${kindCounts(sources)}`,
    body: { kind: 'table', table: capped(tableText(SOURCE_COLUMNS, sources, SOURCE_SORT)) },
    // The table shows titles, not addresses, and stops at ten pages: the notes pane cites every
    // source in full, with its link where it is public.
    sources,
    years: formatYearSpan(sources.flatMap((s) => (s.year ? [s.year] : []))),
    statuses: [],
    slideNotes: [],
    cardNotes: ['Links are given only where a source is public; sources without a link are cited by title. "Read" is the date the figures were read at the address.'],
  };
}

/** How many pages the longest table (every value) takes at most: beyond it, the CSV download is the way to read it all. */
const MAX_TABLE_PAGES = 10;

/** A reference list cut at MAX_TABLE_PAGES, its last page pointing to the card's CSV, which has every row. */
const capped = (table: PptxTable, where = 'the card’s CSV download in Hubscope has every row'): PptxTable => ({ ...table, maxPages: MAX_TABLE_PAGES, whereAll: where });

async function valuesContent({ client, reference, view }: BuildInput): Promise<CardContent> {
  const [{ filterValues, observationColumns, OBSERVATION_TABLE_SORT, tableText }, { formatYearSpan }] = await Promise.all([sourcesShaping(), chipsShaping()]);
  const all = await loadObservations(client, {});
  const shown = filterValues(all, view.q, view.status, reference);
  if (shown.length === 0) throw new Error('no value matches the search and status filter');
  const filters = [view.q.trim() ? `search “${view.q.trim()}”` : '', view.status ? `status ${STATUS_LABELS[view.status].toLowerCase()}` : ''].filter(Boolean).join(', ');
  return {
    title: 'Every value',
    subtitle: `${shown.length} of ${all.length} values, all places and metrics${filters ? ` · ${filters}` : ''}`,
    body: {
      kind: 'table',
      table: capped(tableText(observationColumns({ ...reference, showMetric: true }), shown, OBSERVATION_TABLE_SORT), 'the card’s CSV download in Hubscope (Sources & data, Every value) has every row'),
    },
    sources: resolveSources(shown.map((o) => o.sourceId), reference.sourceById),
    years: formatYearSpan(shown.map((o) => o.year)),
    statuses: statusesOf(shown),
    slideNotes: [],
    cardNotes: [],
  };
}

async function conflictsContent({ client, reference }: BuildInput): Promise<CardContent> {
  const [{ groupConflicts, conflictColumns, tableText }, { formatYearSpan }] = await Promise.all([sourcesShaping(), chipsShaping()]);
  const groups = groupConflicts(await loadObservations(client, {}));
  if (groups.length === 0) throw new Error('no recorded disagreement');
  const rows = groups.flat();
  return {
    title: 'Where sources disagree',
    subtitle: `${groups.length} disagreements; both figures are kept and the preferred one is used in charts`,
    body: { kind: 'table', table: capped(tableText(conflictColumns(reference), groups)) },
    sources: resolveSources(rows.map((o) => o.sourceId), reference.sourceById),
    years: formatYearSpan(rows.map((o) => o.year)),
    statuses: statusesOf(rows),
    slideNotes: [],
    cardNotes: [],
  };
}

async function seriesBreaksContent({ client, reference }: BuildInput): Promise<CardContent> {
  const [{ seriesBreakColumns, SERIES_BREAK_SORT, tableText }, { formatYearSpan }] = await Promise.all([sourcesShaping(), chipsShaping()]);
  const breaks = (await loadEvents(client)).filter((e) => e.kind === 'seriesBreak');
  if (breaks.length === 0) throw new Error('no recorded series break');
  return {
    title: 'Breaks in the series',
    subtitle: 'Changes that make a city’s figures before and after a date not comparable',
    body: { kind: 'table', table: tableText(seriesBreakColumns(reference), breaks, SERIES_BREAK_SORT) },
    sources: resolveSources(breaks.flatMap((e) => e.sourceIds), reference.sourceById),
    years: formatYearSpan(breaks.map((e) => Number(e.date.slice(0, 4)))),
    statuses: statusesOf(breaks),
    slideNotes: [],
    cardNotes: [],
  };
}

async function changesContent({ client, reference }: BuildInput): Promise<CardContent> {
  const { changeColumns, changeCounts, tableText } = await sourcesShaping();
  const changes = await loadChanges(client);
  if (changes.length === 0) throw new Error('nothing changed since the previous version');
  const { previousVersion, datasetVersion } = reference.meta;
  return {
    title: 'What changed in this version',
    subtitle: `${previousVersion ?? 'previous version'} → ${datasetVersion}: ${changeCounts(changes)}`,
    body: { kind: 'table', table: capped(tableText(changeColumns(reference), changes)) },
    sources: [],
    years: `${previousVersion ?? '?'} → ${datasetVersion}`,
    statuses: [],
    slideNotes: [],
    cardNotes: ['Sources that were dropped in this version are named by their old id.'],
  };
}

async function statusCompositionContent({ client, reference, view }: BuildInput): Promise<CardContent> {
  const { cities } = view;
  const [{ toStatusCounts }, { formatYearSpan }] = await Promise.all([sourcesShaping(), chipsShaping()]);
  const observations = await loadCityObservations(client, cities, {});
  if (observations.length === 0) throw new Error(`no values for ${places(cities)}`);
  const counts = toStatusCounts(observations, cities);
  const years = formatYearSpan(observations.map((o) => o.year));
  return {
    title: 'What the figures are made of',
    subtitle: `Number of values per city by status, ${years} · ${places(cities)}`,
    body: {
      kind: 'chart',
      chart: {
        kind: 'bar',
        categories: counts.map((r) => r.label),
        series: cities.map((city) => ({ name: cityLabel(city), colour: CITY_COLOURS[city], values: counts.map((r) => r.counts[city]) })),
        valueAxisTitle: 'Number of values',
        categoryAxisTitle: 'Status',
        showValues: true,
      },
    },
    sources: resolveSources(observations.map((o) => o.sourceId), reference.sourceById),
    years,
    statuses: statusesOf(observations),
    slideNotes: [],
    cardNotes: [],
  };
}

async function provinceContent({ client, reference, view }: BuildInput): Promise<CardContent> {
  const { cities, from, to } = view;
  const [{ toProvinceFacts, formatYearSpan, PROVINCE_METRICS, PROVINCES }, { observationColumns, OBSERVATION_TABLE_SORT, tableText }] = await Promise.all([chipsShaping(), sourcesShaping()]);
  const observations = await loadObservations(client, { metrics: PROVINCE_METRICS, entities: PROVINCES, from, to });
  const { facts, provinces, withoutFigure } = toProvinceFacts(observations, cities, reference.entityById, PROVINCE_METRICS);
  if (facts.length === 0) throw new Error(`no provincial IC rank or growth figure between ${from} and ${to}`);
  const years = formatYearSpan(facts.map((o) => o.year));
  const provinceNames = provinces.map((p) => `${p.province.nameEn} ${p.province.nameZh} (${cityLabel(p.cityId)})`).join(', ');
  return {
    title: 'Provincial IC production: rank and growth',
    subtitle: `Rank among China's provinces and year-on-year growth of integrated-circuit production, ${years} · ${provinceNames}`,
    body: { kind: 'table', table: tableText(observationColumns({ ...reference, showMetric: true }), facts, OBSERVATION_TABLE_SORT) },
    sources: resolveSources(facts.map((o) => o.sourceId), reference.sourceById),
    years,
    statuses: statusesOf(facts),
    slideNotes: ['Growth figures cover different years and periods; they describe each province, not a race between them.'],
    cardNotes: withoutFigure.length > 0 ? [`No figure for ${withoutFigure.map((p) => `${p.nameEn} ${p.nameZh}`).join(', ')} (a gap, not zero).`] : [],
  };
}

async function retentionContent({ client, reference, view, kit }: BuildInput): Promise<CardContent> {
  const { cities, from, to } = view;
  const [{ toUniversityBars, RETENTION_METRIC }, { formatYearSpan }] = await Promise.all([talentShaping(), chipsShaping()]);
  const bars = toUniversityBars(await loadObservations(client, { metrics: [RETENTION_METRIC], from, to }), RETENTION_METRIC, reference.entityById, cities);
  if (bars.length === 0) throw new Error(`no university-level retention figure for universities in ${places(cities)} between ${from} and ${to}`);
  const shown = bars.map((b) => b.observation);
  const years = formatYearSpan(shown.map((o) => o.year));
  const chart = barsAcross(
    bars.map((b) => ({ label: `${b.name} (${b.observation.year})`, cityId: b.cityId, value: b.observation })),
    cities,
    { valueAxisTitle: 'Share staying, %', categoryAxisTitle: 'University (year)' },
    kit,
  );
  return {
    title: 'Graduates staying in the province, by university',
    subtitle: `% of each university's bachelor's graduates staying in its home province, ${years} · university-level figures, not city figures`,
    body: { kind: 'chart', chart },
    sources: resolveSources(shown.map((o) => o.sourceId), reference.sourceById),
    years,
    statuses: statusesOf(shown),
    slideNotes: ['University-level figures, not a city retention rate; each bar is coloured by the city the university is in.', ...estimateNote(chart)],
    cardNotes: [],
  };
}

async function pillarCardsContent({ client, reference, view }: BuildInput): Promise<CardContent> {
  const { cities, cur } = view;
  const [{ toCityPillars, pillarColumns, pillarFigures, rateNote }, { tableText }, { formatYearSpan }] = await Promise.all([industriesShaping(), sourcesShaping(), chipsShaping()]);
  const [industries, rates] = await Promise.all([loadIndustries(client), loadRates(client)]);
  const pillars = toCityPillars(industries, cities, cur, rates);
  const entries = pillars.cities.flatMap((c) => c.entries);
  if (entries.length === 0) throw new Error(`no pillar industries listed for ${places(cities)}`);
  const figures = entries.flatMap(pillarFigures);
  const years = formatYearSpan(figures.map((f) => f.year));
  return {
    title: 'Pillar industries by city',
    subtitle: `Output (${cur} bn), growth, firms and anchor companies, latest stated year of each (${years}) · ${places(cities)}`,
    body: { kind: 'table', table: tableText(pillarColumns(cur), entries) },
    sources: resolveSources(
      [...entries.flatMap((e) => [...pillarFigures(e).map((f) => f.sourceId), ...e.industry.sourceIds]), ...pillars.rates.flatMap((r) => r.sourceIds)],
      reference.sourceById,
    ),
    years,
    statuses: statusesOf(figures),
    slideNotes: [
      ...(entries.some((e) => e.isZone) ? ['Zone-level figures cover one zone or park, not the whole city.'] : []),
      'Years differ between figures; each carries its own year and status.',
    ],
    cardNotes: rateNote(pillars.rates),
  };
}

const sameYearText = (compare: ViewState['compare'], from: number, to: number) =>
  compare === 'sameYear' ? `each metric at the latest year between ${from} and ${to} that every selected city has` : `each city’s latest figure between ${from} and ${to}; years can differ`;

async function headlineContent(input: BuildInput): Promise<CardContent> {
  const { reference, view } = input;
  const { cities, from, to, compare } = view;
  const [{ shaping, scorecard, converted, rateNotes }, { tableText }] = await Promise.all([overviewComparison(input), sourcesShaping()]);
  const cells = shaping.headlineCells([...reference.metricById.values()], scorecard, converted.rows, cities);
  const shown = cells.flatMap((c) => Object.values(c.byCity).filter((o): o is Observation => o !== undefined));
  if (shown.length === 0) throw new Error(`no headline figure for ${places(cities)} between ${from} and ${to}`);
  const { formatYearSpan } = await chipsShaping();
  return {
    title: 'Headline figures',
    subtitle: `${sameYearText(compare, from, to)} · ${places(cities)}`,
    body: { kind: 'table', table: tableText(shaping.headlineColumns(cells, cities), shaping.headlineRows(cells)) },
    sources: resolveSources(shown.map((o) => o.sourceId), reference.sourceById),
    years: formatYearSpan(shown.map((o) => o.year)),
    statuses: statusesOf(shown),
    slideNotes: [],
    cardNotes: rateNotes(shown),
  };
}

async function scorecardContent(input: BuildInput): Promise<CardContent> {
  const { reference, view } = input;
  const { cities, from, to, compare } = view;
  const [{ shaping, scorecard, compared, rateNotes }, { tableText }, { formatYearSpan }] = await Promise.all([overviewComparison(input), sourcesShaping(), chipsShaping()]);
  if (scorecard.length === 0) throw new Error('no metric to compare');
  const comparable = scorecard.filter((r) => r.comparable);
  return {
    title: 'Scorecard',
    subtitle: `${comparable.length} comparable metrics of ${scorecard.length}, ${from}–${to} · ${compare === 'sameYear' ? 'each at the latest year every city has' : 'each city’s latest year, flagged where they differ'} · rank and gap to the leader · ${places(cities)}`,
    body: { kind: 'table', table: tableText(shaping.scorecardColumns(cities), shaping.scorecardRows(scorecard)) },
    sources: resolveSources(compared.map((o) => o.sourceId), reference.sourceById),
    years: formatYearSpan(comparable.flatMap((r) => (r.year ? [r.year] : []))),
    statuses: statusesOf(compared),
    slideNotes: [],
    cardNotes: rateNotes(compared),
  };
}

async function yardstickContent(input: BuildInput): Promise<CardContent> {
  const { client, reference, view } = input;
  const { cities, from, to, cur, compare } = view;
  const [{ NATIONAL_ENTITY_ID }, { tableText }, { formatYearSpan }] = await Promise.all([industriesShaping(), sourcesShaping(), chipsShaping()]);
  const [{ shaping, converted, rates }, national] = await Promise.all([overviewComparison(input), loadObservations(client, { entities: [NATIONAL_ENTITY_ID], from, to })]);
  const nationalConverted = shaping.convertRows(national, cur, rates);
  const rows = shaping.toYardstickRows([...reference.metricById.values()], [...converted.rows, ...nationalConverted.rows], cities, compare);
  if (rows.length === 0) throw new Error('no measure in the catalogue has a national yardstick');
  const shown = shaping.yardstickValues(rows);
  const rateNotes = shaping.describeRates(shown.flatMap((o) => converted.rateById.get(o.id) ?? nationalConverted.rateById.get(o.id) ?? []));
  return {
    title: 'China as the yardstick',
    subtitle: `Each measure at the year the cities are compared at, beside China's national figure for that year · ${from}–${to} · ${places(cities)}`,
    body: { kind: 'table', table: tableText(shaping.yardstickColumns(cities, cur), rows) },
    sources: resolveSources(shown.map((o) => o.sourceId), reference.sourceById),
    years: formatYearSpan(shown.map((o) => o.year)),
    statuses: statusesOf(shown),
    slideNotes: ['Counts are per million residents of the same year, city and country alike.'],
    cardNotes: rateNotes,
  };
}

const BUILDERS: Partial<Record<string, Builder>> = {
  headline: headlineContent,
  scorecard: scorecardContent,
  yardstick: yardstickContent,
  'pillar-cards': pillarCardsContent,
  province: provinceContent,
  retention: retentionContent,
  values: valuesContent,
  conflicts: conflictsContent,
  'series-breaks': seriesBreaksContent,
  changes: changesContent,
  'status-composition': statusCompositionContent,
  plants: (input) => plantsContent(input, true),
  'other-plants': (input) => plantsContent(input, false),
  sources: sourcesContent,
  insights: insightsContent,
  composite: compositeContent,
  'talent-latest': talentContent,
  national: nationalContent,
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
