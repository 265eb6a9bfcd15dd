import { screen } from '@testing-library/react';
import type * as Recharts from 'recharts';
import { describe, expect, it, vi } from 'vitest';
import type { CityId } from '../../src/api/schemas';
import { IndustryOutputChart } from '../../src/features/industries/industry-output-chart';
import type { IndustryBar } from '../../src/features/industries/to-industry-bars';
import { LatestComparisonChart } from '../../src/features/talent/latest-comparison-chart';
import { toLatestComparison } from '../../src/features/talent/to-latest-comparison';
import { UniversityBarChart } from '../../src/features/talent/university-bar-chart';
import { metric, observation } from '../factories';
import { renderWithProviders } from '../test-utils';

// jsdom measures every box as zero: charts get a fixed size (tests/fixed-size-charts.tsx).
vi.mock('recharts', async (importOriginal) => (await import('../fixed-size-charts')).withFixedSizeCharts(await importOriginal<typeof Recharts>()));

/**
 * The spotlight dims a city by its class (styles/app.css, `.series-city--<city>`); Recharts draws a
 * bar chart's value labels in a layer of their own, outside the bars, so each label must carry its
 * own bar's city, or it stays bright over a dimmed bar.
 */
const cityOfLabel = (text: string) => screen.getByText(text).closest('.series-city')?.getAttribute('class')?.match(/series-city--(\w+)/)?.[1];

describe('value labels dim with their bars under the spotlight', () => {
  it('on the pillar-industry chart, each label in its own bar’s city', async () => {
    const bar = (id: string, cityId: CityId, value: number): IndustryBar => ({
      id,
      cityId,
      label: id,
      output: { value, year: 2024, status: 'reported', sourceId: 'src' },
      isZone: false,
      headline: false,
    });
    renderWithProviders(<IndustryOutputChart bars={[bar('Optics', 'wuhan', 757), bar('Software', 'xian', 370), bar('Electronics', 'chengdu', 1007)]} sourceTitle={(id) => id} unit="CNY bn" />, {
      url: '/?spot=xian',
    });
    await screen.findByText('757 (2024)');
    expect(['757 (2024)', '370 (2024)', '1,007 (2024)'].map(cityOfLabel)).toEqual(['wuhan', 'xian', 'chengdu']);
  });

  it('on the retention-by-university chart, each label in its own bar’s city', async () => {
    const university = (entityId: string, cityId: CityId, value: number) => ({
      entityId,
      name: entityId,
      cityId,
      observation: observation({ id: entityId, entityId, value, year: 2022, metricId: 'tal_retention' }),
    });
    renderWithProviders(<UniversityBarChart bars={[university('WHU', 'wuhan', 52), university('XJTU', 'xian', 38)]} sourceTitle={(id) => id} />, { url: '/?spot=wuhan' });
    await screen.findByText('52% (2022)');
    expect(['52% (2022)', '38% (2022)'].map(cityOfLabel)).toEqual(['wuhan', 'xian']);
  });

  it('in the talent race, a label beside cities without a figure still in its own city', async () => {
    // Only Chengdu has a figure: Recharts draws one bar, and numbered by bar, its label had taken Wuhan's class.
    const permits = metric({ id: 'tal_foreign_pr', label: 'Residence permits', unit: 'persons', valueKind: 'count', category: 'talent', decimals: 0 });
    const rows = toLatestComparison(
      [{ metricId: permits.id, ok: true, metric: permits, rows: [{ year: 2018, values: { chengdu: observation({ entityId: 'chengdu', metricId: permits.id, year: 2018, value: 181 }) } }], notes: [] }],
      ['wuhan', 'xian', 'chengdu'],
      'latest',
    );
    renderWithProviders(<LatestComparisonChart rows={rows} cities={['wuhan', 'xian', 'chengdu']} notes={{}} />, { url: '/?spot=wuhan' });
    await screen.findByText('181 persons');
    expect(cityOfLabel('181 persons')).toBe('chengdu');
  });
});
