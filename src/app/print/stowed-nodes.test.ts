import { afterEach, describe, expect, it } from 'vitest';
import { putBackChildren, writeDownChildren } from './stowed-nodes';

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';

/** A frame like a printed card's: markup text, a chart with camel-cased SVG names, a link and styles. */
function drawFrame(): HTMLElement {
  const frame = document.createElement('div');
  frame.className = 'print-page__frame';
  const card = document.createElement('section');
  card.setAttribute('aria-labelledby', 'card-title');
  card.style.setProperty('--card-alone-height', '312px');
  card.style.width = '640px';
  const title = document.createElement('h3');
  title.id = 'card-title';
  title.textContent = 'Wuhan 武汉 "leads" on <GDP> & more';
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 100 50');
  const clip = document.createElementNS(SVG, 'clipPath');
  clip.setAttribute('id', 'clip-1');
  const gradient = document.createElementNS(SVG, 'linearGradient');
  const text = document.createElementNS(SVG, 'text');
  text.textContent = '</text><script>alert(1)</script>';
  const use = document.createElementNS(SVG, 'use');
  use.setAttributeNS(XLINK, 'xlink:href', '#clip-1');
  const bar = document.createElementNS(SVG, 'rect');
  bar.setAttribute('style', 'fill: rgb(0, 114, 178);');
  svg.append(clip, gradient, text, use, bar);
  const link = document.createElement('a');
  link.href = '/chips?cities=wuhan,xian&card=capacity';
  link.textContent = 'Open the view';
  frame.append(card, document.createComment('a comment'));
  card.append(title, svg, link, document.createTextNode(' · 2024'));
  document.body.append(frame);
  return frame;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('writing a frozen page down and putting it back', () => {
  it('puts back every element with its namespace, case, attributes, styles and text', () => {
    const frame = drawFrame();
    const drawn = frame.cloneNode(true) as HTMLElement;
    drawn.querySelector('section')?.nextSibling?.remove(); // comments are left out
    const written = writeDownChildren(frame);
    frame.replaceChildren();
    expect(frame.childNodes).toHaveLength(0);

    putBackChildren(frame, written);
    expect(frame.isEqualNode(drawn)).toBe(true);
    const svg = frame.querySelector('svg');
    expect(svg?.namespaceURI).toBe(SVG);
    expect(frame.querySelector('clipPath')?.namespaceURI).toBe(SVG);
    expect(svg?.getAttribute('viewBox')).toBe('0 0 100 50');
    expect(frame.querySelector('use')?.getAttributeNS(XLINK, 'href')).toBe('#clip-1');
    expect(frame.querySelector('section')?.style.getPropertyValue('--card-alone-height')).toBe('312px');
    expect(frame.querySelector('rect')?.style.fill).toBe('rgb(0, 114, 178)');
  });

  it('keeps text as text: markup in a label never becomes an element', () => {
    const frame = drawFrame();
    putBackChildren(frame, writeDownChildren(frame));
    expect(frame.querySelector('script')).toBeNull();
    expect(frame.querySelector('text')?.textContent).toBe('</text><script>alert(1)</script>');
    expect(frame.querySelector('h3')?.textContent).toBe('Wuhan 武汉 "leads" on <GDP> & more');
  });

  it('puts back what the controls showed, not what their attributes first said', () => {
    const frame = document.createElement('div');
    frame.innerHTML = `
      <input type="checkbox" aria-label="Wuhan">
      <input type="checkbox" aria-label="Xi'an" checked>
      <input type="text" aria-label="Filter" value="gdp">
      <select aria-label="Currency"><option selected>CNY</option><option>USD</option></select>
      <textarea aria-label="Notes">first</textarea>`;
    document.body.append(frame);
    const [wuhan, xian] = frame.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    wuhan!.checked = true;
    xian!.checked = false;
    frame.querySelector<HTMLInputElement>('input[type=text]')!.value = 'chip';
    frame.querySelector('select')!.value = 'USD';
    frame.querySelector('textarea')!.value = 'typed';

    putBackChildren(frame, writeDownChildren(frame));
    const [wuhanBack, xianBack] = frame.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    expect(wuhanBack!.checked).toBe(true);
    expect(xianBack!.checked).toBe(false);
    expect(frame.querySelector<HTMLInputElement>('input[type=text]')!.value).toBe('chip');
    expect(frame.querySelector('select')!.value).toBe('USD');
    expect(frame.querySelector('textarea')!.value).toBe('typed');
  });

  it('rebuilds only what was there: an element of no namespace stays one, both kinds of href stay, scripts are left out', () => {
    const frame = document.createElement('div');
    const plain = document.createElementNS(null, 'Marker');
    const use = document.createElementNS(SVG, 'use');
    // As a chart's svg carries them: set without a namespace.
    use.setAttribute('xmlns', SVG);
    use.setAttribute('xmlns:xlink', XLINK);
    use.setAttributeNS(XLINK, 'xlink:href', '#old-style');
    use.setAttribute('href', '#new-style');
    const script = document.createElement('script');
    script.textContent = 'window.ran = true';
    frame.append(plain, use, script);
    document.body.append(frame);

    putBackChildren(frame, writeDownChildren(frame));
    const [plainBack, useBack, ...rest] = [...frame.children];
    expect(rest).toEqual([]);
    expect(plainBack?.namespaceURI).toBeNull();
    expect(plainBack?.localName).toBe('Marker');
    expect(useBack?.getAttributeNS(XLINK, 'href')).toBe('#old-style');
    expect(useBack?.getAttributeNS(null, 'href')).toBe('#new-style');
    expect(useBack?.getAttribute('xmlns')).toBe(SVG);
    expect(useBack?.getAttribute('xmlns:xlink')).toBe(XLINK);
    expect(frame.querySelector('script')).toBeNull();
  });

  it('writes a page down as one string and puts it back in place of what the frame holds', () => {
    const frame = drawFrame();
    const written = writeDownChildren(frame);
    expect(typeof written).toBe('string');
    frame.replaceChildren(document.createTextNode('Drawn again as it comes into view'));
    putBackChildren(frame, written);
    expect(frame.textContent).not.toContain('Drawn again');
    expect(frame.querySelectorAll('section')).toHaveLength(1);
  });
});
