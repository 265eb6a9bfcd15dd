import { describe, expect, it } from 'vitest';
import { createRowHeights, ESTIMATED_ROW_HEIGHT, scrollKeyOf } from './table-window';

describe('createRowHeights', () => {
  it('estimates the fixed height until a row is measured, then the average of those measured', () => {
    const heights = createRowHeights();
    expect(heights.estimate()).toBe(ESTIMATED_ROW_HEIGHT);
    heights.note('a', 36);
    heights.note('b', 104);
    expect(heights.estimate()).toBe(70);
  });

  it('counts a row measured again once, at its latest height', () => {
    const heights = createRowHeights(36);
    heights.note('a', 36);
    heights.note('b', 36);
    heights.note('b', 100);
    expect(heights.estimate()).toBe(68);
  });
});

describe('scrollKeyOf', () => {
  const press = (key: string, more: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean; target: EventTarget | null }> = {}) =>
    scrollKeyOf({ key, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, target: document.createElement('div'), ...more });

  it('takes Home, End (with or without Ctrl), PageUp and PageDown', () => {
    expect(press('Home')).toBe('first');
    expect(press('Home', { ctrlKey: true })).toBe('first');
    expect(press('End')).toBe('last');
    expect(press('End', { ctrlKey: true })).toBe('last');
    expect(press('PageUp')).toBe('pageUp');
    expect(press('PageDown')).toBe('pageDown');
  });

  it('leaves other keys, selections (Shift) and a text field’s own keys to the browser', () => {
    expect(press('ArrowDown')).toBeNull();
    expect(press('End', { shiftKey: true })).toBeNull();
    expect(press('PageDown', { ctrlKey: true })).toBeNull();
    expect(press('End', { target: document.createElement('input') })).toBeNull();
  });
});
