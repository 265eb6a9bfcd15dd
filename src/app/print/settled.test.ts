import { describe, expect, it } from 'vitest';
import { isSettled, nothingPending, pageProgress } from './settled';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('pageProgress and isSettled (print readiness)', () => {
  it('is loading while a card still loads, even with charts waiting to draw', () => {
    const loading = page('<section class="chart-card"><div class="skeleton"></div></section><section class="chart-card"><div class="chart-card__undrawn"></div></section>');
    expect(pageProgress(loading)).toBe('loading');
    expect(isSettled(loading)).toBe(false);
    expect(pageProgress(page('<p>Nothing yet</p>'))).toBe('loading');
  });

  it('has charts to draw once only charts hold their boxes, and is not settled then', () => {
    const held = page('<section class="chart-card"><div class="chart-card__undrawn"></div></section><section class="chart-card"><table></table></section>');
    expect(pageProgress(held)).toBe('charts-to-draw');
    expect(isSettled(held)).toBe(false);
  });

  it('is settled once every card shows its content, a message included', () => {
    expect(pageProgress(page('<section class="chart-card"><figure class="chart-figure"></figure></section>'))).toBe('settled');
    expect(isSettled(page('<div class="panel-message panel-message--error">Could not load</div>'))).toBe(true);
  });

  it('has nothing pending once no skeleton or held chart box is left (a look that reads no layout)', () => {
    expect(nothingPending(page('<section class="chart-card"><div class="skeleton"></div></section>'))).toBe(false);
    expect(nothingPending(page('<section class="chart-card"><div class="chart-card__undrawn"></div></section>'))).toBe(false);
    expect(nothingPending(page('<section class="chart-card"><figure class="chart-figure"></figure></section>'))).toBe(true);
  });
});
