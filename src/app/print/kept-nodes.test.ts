import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { keepChildrenThroughUnmount } from './kept-nodes';

describe('keepChildrenThroughUnmount', () => {
  it('leaves the nodes React drew in place when it unmounts them, and removes others as usual', async () => {
    const parent = document.createElement('div');
    const root = createRoot(parent);
    await act(async () => root.render(createElement('article', null, createElement('select', { defaultValue: 'b' }, createElement('option', { value: 'a' }, 'A'), createElement('option', { value: 'b' }, 'B')))));
    const article = parent.querySelector('article');
    const other = parent.appendChild(document.createElement('p'));
    const release = keepChildrenThroughUnmount(parent);
    other.remove();
    await act(async () => root.render(null));
    // The same element, with the state its controls had (no copy).
    expect(parent.firstChild).toBe(article);
    expect(parent.querySelector('select')?.value).toBe('b');
    expect(parent.contains(other)).toBe(false);
    release();
    expect(Object.hasOwn(parent, 'removeChild')).toBe(false);
    root.unmount();
  });

  it('removes nodes added after it was called', () => {
    const parent = document.createElement('div');
    keepChildrenThroughUnmount(parent);
    const later = parent.appendChild(document.createElement('p'));
    parent.removeChild(later);
    expect(parent.childNodes).toHaveLength(0);
  });
});
