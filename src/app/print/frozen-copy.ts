/**
 * A static copy of a drawn page's content (the children of its sheet), for a page that is ready
 * and will not change again (print-page.tsx: freezing). Cloned nodes, not HTML text: the same
 * elements, classes, styles and SVG charts, without a string the size of a whole section on the
 * heap or a parse of it. Form controls keep what is chosen as attributes, since a clone keeps
 * their attributes, not their live state (a select's chosen option above all).
 */
export function frozenCopy(sheet: HTMLElement): HTMLElement {
  const copy = sheet.cloneNode(true) as HTMLElement;
  const selector = 'input, select, textarea';
  const live = sheet.querySelectorAll(selector);
  const copies = copy.querySelectorAll(selector);
  live.forEach((control, index) => {
    const target = copies[index];
    if (!target) return;
    if (control instanceof HTMLSelectElement && target instanceof HTMLSelectElement) {
      Array.from(control.options).forEach((option, at) => target.options[at]?.toggleAttribute('selected', option.selected));
    } else if (control instanceof HTMLTextAreaElement) {
      target.textContent = control.value;
    } else if (control instanceof HTMLInputElement) {
      if (control.type === 'checkbox' || control.type === 'radio') target.toggleAttribute('checked', control.checked);
      else if (control.type !== 'file') target.setAttribute('value', control.value);
    }
  });
  return copy;
}
