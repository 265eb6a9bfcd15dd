import { describe, expect, it } from 'vitest';
import { isSettled } from './settled';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('isSettled (print readiness)', () => {
  it('is not ready while a card still loads or a chart waits for its turn to draw', () => {
    expect(isSettled(page('<section class="chart-card"><div class="skeleton"></div></section>'))).toBe(false);
    expect(isSettled(page('<section class="chart-card"><div class="chart-card__undrawn"></div></section>'))).toBe(false);
  });

  it('is ready once every card shows its content, and not before any card or message is there', () => {
    expect(isSettled(page('<section class="chart-card"><figure class="chart-figure"></figure></section>'))).toBe(true);
    expect(isSettled(page('<p>Nothing yet</p>'))).toBe(false);
  });
});
