import { describe, expect, it } from 'vitest';
import { MIN_BAR_SHARE, MIN_LABEL_SIZE, multipleLayout, textWidth } from './multiple-layout';

const NAMES = ['Wuhan 武汉', "Xi'an 西安", 'Chengdu 成都'];
const barsWidth = (width: number, layout: ReturnType<typeof multipleLayout>) => width - layout.axisWidth - layout.labelRoom - 8;

describe('multipleLayout', () => {
  it('sizes the names column from the names, counting Chinese characters as a full em', () => {
    expect(textWidth('武汉', 10)).toBe(20);
    expect(textWidth('Wuhan', 10)).toBeCloseTo(30);
    const layout = multipleLayout(900, NAMES, ['1.19 million (2024)'], 15, 18);
    expect(layout.axisWidth).toBeGreaterThan(textWidth('Chengdu 成都', 15));
    expect(layout.axisWidth).toBeLessThan(230);
  });

  it('keeps the bars a share of a third of a 1920 px slide with presentation-sized labels', () => {
    // The cell where "Graduates staying in the city" drew no bar: about 560 px wide, labels at 22 px.
    const labels = ['251,781 persons (2018)', '', ''];
    const layout = multipleLayout(560, NAMES, labels, 15, 22);
    expect(barsWidth(560, layout)).toBeGreaterThanOrEqual(560 * MIN_BAR_SHARE - 1);
  });

  it('keeps the asked-for label size where there is room, and never shrinks below the minimum', () => {
    expect(multipleLayout(1200, NAMES, ['0.86 million (2024)'], 15, 22).labelSize).toBe(22);
    expect(multipleLayout(200, NAMES, ['a very long value label indeed (2024)'], 15, 22).labelSize).toBe(MIN_LABEL_SIZE);
  });

  it('uses the sizes asked for before the cell is measured', () => {
    expect(multipleLayout(null, NAMES, ['5.10% (2018)'], 15, 22).labelSize).toBe(22);
  });
});
