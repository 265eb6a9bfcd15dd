import { act, createElement, StrictMode, useLayoutEffect, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepNodesThroughUnmount } from './kept-nodes';

// React's act() outside Testing Library: say this is a test environment, as Testing Library does.
const withAct = globalThis as typeof globalThis & { IS_REACT_ACT_ENVIRONMENT?: boolean };
const actBefore = withAct.IS_REACT_ACT_ENVIRONMENT;
beforeAll(() => {
  withAct.IS_REACT_ACT_ENVIRONMENT = true;
});
afterAll(() => {
  withAct.IS_REACT_ACT_ENVIRONMENT = actBefore;
});

/** Draws its marks through a portal into a layer of its own, as Recharts draws a chart's z-index layers. */
function LayeredChart() {
  const [layer, setLayer] = useState<SVGGElement | null>(null);
  return createElement(
    'svg',
    null,
    createElement('g', { ref: setLayer, className: 'layer' }),
    layer ? createPortal(createElement('rect', { className: 'mark', width: 10, height: 20 }), layer) : null,
  );
}

/** A page that can be emptied in one synchronous update, as a print page freezes. */
function Page({ onEmpty }: { onEmpty: (empty: () => void) => void }) {
  const [shown, setShown] = useState(true);
  useLayoutEffect(() => {
    onEmpty(() => flushSync(() => setShown(false)));
  }, [onEmpty]);
  return createElement(
    'div',
    { className: 'sheet' },
    shown
      ? createElement(
          'article',
          null,
          createElement('select', { defaultValue: 'b' }, createElement('option', { value: 'a' }, 'A'), createElement('option', { value: 'b' }, 'B')),
          createElement(LayeredChart),
          // A portal out of the page (a tooltip or menu drawn into the body): not the page's to keep.
          createPortal(createElement('p', { className: 'outside-portal' }, 'Floating'), document.body),
        )
      : null,
  );
}

async function drawPage() {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  let empty: () => void = () => undefined;
  const onEmpty = (next: () => void) => {
    empty = next;
  };
  await act(async () => root.render(createElement(StrictMode, null, createElement(Page, { onEmpty }))));
  const sheet = container.querySelector('.sheet');
  if (!sheet) throw new Error('the page did not draw');
  return { container, root, sheet, empty: () => empty() };
}

describe('keepNodesThroughUnmount', () => {
  it('leaves every node React drew inside the root in place when it unmounts them, a portal’s content included (under StrictMode too)', async () => {
    const { container, root, sheet, empty } = await drawPage();
    const article = sheet.querySelector('article');
    expect(sheet.querySelector('.layer .mark')).not.toBeNull();
    expect(document.querySelector('.outside-portal')).not.toBeNull();
    act(() => keepNodesThroughUnmount(sheet, empty));
    // The same elements, with the state their controls had (no copy), and the chart's marks.
    expect(sheet.firstChild).toBe(article);
    expect(sheet.querySelector('select')?.value).toBe('b');
    expect(sheet.querySelector('.layer .mark')).not.toBeNull();
    // What the page drew outside itself goes as usual.
    expect(document.querySelector('.outside-portal')).toBeNull();
    act(() => root.unmount());
    container.remove();
  });

  it('removes nodes as usual outside the root, and everywhere once the unmount has run', async () => {
    const { container, root, sheet, empty } = await drawPage();
    const outside = document.body.appendChild(document.createElement('p'));
    const removeChild = Node.prototype.removeChild;
    act(() =>
      keepNodesThroughUnmount(sheet, () => {
        document.body.removeChild(outside);
        empty();
      }),
    );
    expect(outside.isConnected).toBe(false);
    expect(Node.prototype.removeChild).toBe(removeChild);
    const article = sheet.querySelector('article');
    if (article) sheet.removeChild(article);
    expect(sheet.childNodes).toHaveLength(0);
    act(() => root.unmount());
    container.remove();
  });

  it('puts removal back when the unmount throws', () => {
    const parent = document.createElement('div');
    const child = parent.appendChild(document.createElement('p'));
    expect(() =>
      keepNodesThroughUnmount(parent, () => {
        throw new Error('render failed');
      }),
    ).toThrow('render failed');
    parent.removeChild(child);
    expect(parent.childNodes).toHaveLength(0);
  });
});
