import { act, createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepChildrenThroughUnmount } from './kept-nodes';

// React's act() outside Testing Library: say this is a test environment, as Testing Library does.
const withAct = globalThis as typeof globalThis & { IS_REACT_ACT_ENVIRONMENT?: boolean };
const actBefore = withAct.IS_REACT_ACT_ENVIRONMENT;
beforeAll(() => {
  withAct.IS_REACT_ACT_ENVIRONMENT = true;
});
afterAll(() => {
  withAct.IS_REACT_ACT_ENVIRONMENT = actBefore;
});

describe('keepChildrenThroughUnmount', () => {
  it('leaves the nodes React drew in place when it unmounts them (under StrictMode too), and lets go of them once released', async () => {
    const parent = document.createElement('div');
    const root = createRoot(parent);
    const page = createElement('article', null, createElement('select', { defaultValue: 'b' }, createElement('option', { value: 'a' }, 'A'), createElement('option', { value: 'b' }, 'B')));
    await act(async () => root.render(createElement(StrictMode, null, page)));
    const article = parent.querySelector('article');
    const release = keepChildrenThroughUnmount(parent);
    await act(async () => root.render(createElement(StrictMode, null, null)));
    // The same element, with the state its controls had (no copy).
    expect(parent.firstChild).toBe(article);
    expect(parent.querySelector('select')?.value).toBe('b');
    release();
    expect(Object.hasOwn(parent, 'removeChild')).toBe(false);
    // Released: removing works as usual again.
    if (article) parent.removeChild(article);
    expect(parent.childNodes).toHaveLength(0);
    act(() => root.unmount());
  });

  it('removes nodes added after it was called', () => {
    const parent = document.createElement('div');
    keepChildrenThroughUnmount(parent);
    const later = parent.appendChild(document.createElement('p'));
    parent.removeChild(later);
    expect(parent.childNodes).toHaveLength(0);
  });
});
