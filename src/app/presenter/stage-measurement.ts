/** The element a slide preview lays the shared screen's slide out in, at full size, before shrinking it with a transform. */
export const STAGE_SELECTOR = '.slide-preview__stage';

/**
 * Makes getBoundingClientRect inside a slide preview's stage report the stage's own, unshrunk
 * geometry. Recharts sizes some parts by it (a legend's reserved height, auto-sized axes), and it
 * includes CSS transforms: in a preview shrunk to 40% the legend reserved 40% of its height and sat
 * on the axis labels. Elsewhere, and in a stage that is not shrunk, nothing changes. Only the
 * presenter view installs it (its whole document is the presenter's); returns the uninstall.
 */
export function installStageMeasurement(): () => void {
  const prototype = Element.prototype;
  const original = prototype.getBoundingClientRect;
  function measured(this: Element): DOMRect {
    const rect = original.call(this);
    const stage = this.parentElement?.closest<HTMLElement>(STAGE_SELECTOR);
    if (!stage) return rect;
    const origin = original.call(stage);
    const scale = stage.offsetWidth > 0 ? origin.width / stage.offsetWidth : 1;
    if (!(scale > 0) || Math.abs(scale - 1) < 1e-3) return rect;
    return new DOMRect(
      origin.left + (rect.left - origin.left) / scale,
      origin.top + (rect.top - origin.top) / scale,
      rect.width / scale,
      rect.height / scale,
    );
  }
  prototype.getBoundingClientRect = measured;
  return () => {
    if (prototype.getBoundingClientRect === measured) prototype.getBoundingClientRect = original;
  };
}
