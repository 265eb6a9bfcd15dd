import type { CityId, HubEvent, Metric, Observation } from '../api/schemas';
import { CITY_NAMES } from './cities';
import { compareMetric, comparisonYearText, type Comparison } from './comparison';
import { estimateShare, MAX_ESTIMATE_SHARE, type CompositeIndex } from './composite';
import { formatValue } from './format';


const MAX_INSIGHTS = 6;
const name = (city: CityId) => CITY_NAMES[city].en;

function joinNames(cities: readonly CityId[]): string {
  const names = cities.map(name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "Chengdu leads on GDP: CNY 2,351.1 bn in 2024, 11% ahead of Wuhan (CNY 2,110.6 bn)." */
function leadSentence(row: Comparison): string | undefined {
  if (!row.ranked || row.leaders.length === 0 || row.year === undefined) return undefined;
  const metric = row.metric;
  const leaderCell = row.cells.find((c) => c.city === row.leaders[0]);
  if (!leaderCell?.observation) return undefined;
  const leaderValue = formatValue(leaderCell.observation, metric);
  const offYear = (cells: typeof row.cells) =>
    cells.filter((c) => c.offYear && c.observation).map((c) => `${name(c.city)}’s figure is from ${c.observation?.year}`);
  if (row.leaders.length > 1) {
    const notes = offYear(row.cells);
    return `${joinNames(row.leaders)} tie on ${metric.label} (${leaderValue} in ${row.year}${notes.length ? `; ${notes.join('; ')}` : ''}).`;
  }
  const runnerUp = row.cells.filter((c) => c.rank !== undefined && c.rank > 1).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))[0];
  const notes = offYear(row.cells);
  const tail = notes.length ? ` (${notes.join('; ')})` : '';
  if (!runnerUp?.observation || runnerUp.relativeGap === undefined) {
    return `${name(row.leaders[0] as CityId)} leads on ${metric.label}: ${leaderValue} in ${leaderCell.observation.year}${tail}.`;
  }
  const gap = Math.abs(runnerUp.relativeGap);
  const margin =
    metric.betterDirection === 'higher'
      ? `${Math.round((gap / (1 + runnerUp.relativeGap)) * 100)}% ahead of ${name(runnerUp.city)} (${formatValue(runnerUp.observation, metric)})`
      : `${name(runnerUp.city)} is ${Math.round(gap * 100)}% higher (${formatValue(runnerUp.observation, metric)}; lower is better)`;
  return `${name(row.leaders[0] as CityId)} leads on ${metric.label}: ${leaderValue} in ${leaderCell.observation.year}, ${margin}${tail}.`;
}

/** Series breaks for the metric in one of the cities, dated after `from` and up to `to`. */
function breaksBetween(breaks: readonly HubEvent[], metricId: string, cities: readonly CityId[], from: number, to: number): HubEvent[] {
  return breaks.filter((e) => {
    const year = Number(e.date.slice(0, 4));
    return e.metricIds.includes(metricId) && (cities as readonly string[]).includes(e.entityId) && year > from && year <= to;
  });
}

/**
 * "Chengdu overtook Wuhan on GDP between 2015 and 2024": the leader at the first and the last year
 * every city has; a series break in between is named, since the overtaking may be the boundary's.
 */
function leaderChangeSentence(metric: Metric, observations: readonly Observation[], cities: readonly CityId[], breaks: readonly HubEvent[]): string | undefined {
  if (metric.betterDirection === 'neutral' || metric.geoLevel !== 'city') return undefined;
  const own = observations.filter((o) => o.metricId === metric.id);
  const years = [...new Set(own.map((o) => o.year))].sort((a, b) => a - b);
  const leadersAt = (year: number) => {
    const atYear = own.filter((o) => o.year === year);
    const row = compareMetric(metric, atYear, cities);
    return row.ranked && row.outcome === 'sameYear' ? row.leaders : [];
  };
  const complete = years.filter((y) => leadersAt(y).length === 1);
  const first = complete[0];
  const last = complete.at(-1);
  if (first === undefined || last === undefined || first === last) return undefined;
  const [before] = leadersAt(first);
  const [after] = leadersAt(last);
  if (!before || !after || before === after) return undefined;
  // Only the two cities the sentence names: another city's boundary change does not bear on it.
  const crossed = breaksBetween(breaks, metric.id, [before, after], first, last).sort((a, b) => a.date.localeCompare(b.date));
  const caution = crossed.length
    ? ` This crosses a series break (${crossed.map((e) => `${e.date.slice(0, 4)}: ${e.title}`).join('; ')}), so part of the change may be the break's.`
    : '';
  return `${name(after)} overtook ${name(before)} on ${metric.label} between ${first} and ${last}.${caution}`;
}

/**
 * Three to six sentences computed from the data: who leads each headline metric and by how much,
 * ties, a change of leader over the years, who leads the composite index, and which headline
 * metrics cannot be compared. Nothing here is hand-written about a particular city.
 */
export function buildInsights({
  rows,
  composite,
  observations,
  cities,
  breaks = [],
}: {
  rows: readonly Comparison[];
  composite: CompositeIndex | undefined;
  observations: readonly Observation[];
  cities: readonly CityId[];
  /** Series-break events, named where a change of leader crosses one. */
  breaks?: readonly HubEvent[];
}): string[] {
  if (cities.length < 2) return [];
  const headline = rows.filter((r) => r.metric.headline);
  const sentences: string[] = [];

  for (const row of headline) {
    const sentence = leadSentence(row);
    if (sentence) sentences.push(sentence);
  }
  for (const row of headline) {
    const change = leaderChangeSentence(row.metric, observations, cities, breaks);
    if (change) sentences.splice(Math.min(2, sentences.length), 0, change);
  }
  if (composite) {
    const scored = cities
      .map((city) => ({ city, ...composite.overall[city] }))
      .filter((c) => c.score !== undefined)
      .sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
    const top = scored[0];
    if (top && scored.length > 1) {
      sentences.splice(
        Math.min(1, sentences.length),
        0,
        `On the composite index ${name(top.city)} comes first with ${Math.round(top.score ?? 0)} of 100, over ${top.covered} of ${top.of} metrics` +
          (estimateShare(top) > MAX_ESTIMATE_SHARE ? `, ${Math.round(estimateShare(top) * 100)}% of them estimates, so read it as indicative only.` : '.'),
      );
    }
  }
  const missing = headline.filter((r) => r.outcome === 'noCommonYear' || r.outcome === 'noData');
  if (missing.length > 0)
    sentences.push(`No common year for ${missing.map((r) => (r.outcome === 'noData' ? r.metric.label : `${r.metric.label} (${comparisonYearText(r).replace(/^no common year \(|\)$/g, '')})`)).join(', ')} in the selected years.`);
  return sentences.slice(0, MAX_INSIGHTS);
}
