import { describe, expect, it } from 'vitest';
import { frozenCopy } from './frozen-copy';

describe('frozenCopy', () => {
  it('copies the sheet with SVG and classes, and keeps what form controls show as attributes', () => {
    const sheet = document.createElement('div');
    sheet.className = 'print-sheet';
    sheet.innerHTML = `<article class="print-page"><svg class="recharts-surface" width="10" height="5"><rect width="3" height="2"></rect></svg>
      <select><option value="a">A</option><option value="b">B</option></select>
      <input type="checkbox"><input type="text"><textarea></textarea></article>`;
    const select = sheet.querySelector('select') as HTMLSelectElement;
    select.value = 'b';
    (sheet.querySelector('input[type=checkbox]') as HTMLInputElement).checked = true;
    (sheet.querySelector('input[type=text]') as HTMLInputElement).value = 'typed';
    (sheet.querySelector('textarea') as HTMLTextAreaElement).value = 'notes';

    const copy = frozenCopy(sheet);
    expect(copy).not.toBe(sheet);
    expect(copy.className).toBe('print-sheet');
    expect(copy.querySelector('svg')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(copy.querySelector('rect')?.getAttribute('width')).toBe('3');
    expect(copy.querySelector('option[value=b]')?.hasAttribute('selected')).toBe(true);
    expect(copy.querySelector('option[value=a]')?.hasAttribute('selected')).toBe(false);
    expect(copy.querySelector('input[type=checkbox]')?.hasAttribute('checked')).toBe(true);
    expect(copy.querySelector('input[type=text]')?.getAttribute('value')).toBe('typed');
    expect(copy.querySelector('textarea')?.textContent).toBe('notes');
    // The live sheet is left as it was.
    expect(sheet.querySelector('option[value=b]')?.hasAttribute('selected')).toBe(false);
  });
});
