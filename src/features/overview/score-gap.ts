import type { Metric } from '../../api/schemas';
import type { ComparisonCell } from '../../domain/comparison';
import { formatNumber } from '../../domain/format';

/**
 * How far a ranked city trails the leader, in the unit a reader can use: a rate or share in
 * percentage points ("2.1 pp behind"), a rank in places ("3 places behind"), anything else
 * relative to the leader's value ("25% behind"). A relative gap on a growth rate read as
 * "-190% vs leader", and on a rank as "900% vs leader".
 */
export function scoreGapText(cell: Pick<ComparisonCell, 'gapToLeader' | 'relativeGap'>, metric: Pick<Metric, 'valueKind' | 'decimals'>): string | undefined {
  if (metric.valueKind === 'percent') {
    return cell.gapToLeader === undefined ? undefined : `${formatNumber(Math.abs(cell.gapToLeader), metric.decimals)} pp behind`;
  }
  if (metric.valueKind === 'rank') {
    if (cell.gapToLeader === undefined) return undefined;
    const places = Math.abs(cell.gapToLeader);
    return `${formatNumber(places, 0)} ${places === 1 ? 'place' : 'places'} behind`;
  }
  return cell.relativeGap === undefined ? undefined : `${formatNumber(Math.abs(cell.relativeGap) * 100, 0)}% behind`;
}
