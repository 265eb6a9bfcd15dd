/**
 * The horizontal room of one small multiple of the talent race: the city names on the left, the
 * bars, and each bar's value label on one line to its right. The names and the labels are sized
 * from their text, and the bars always keep a share of the width: on a slide the labels are large,
 * and with a fixed 230 px for the names the labels' room had left some cells (a third of a
 * 1920 px screen) no width at all, so Recharts drew their axes and names but no bars.
 */
export type MultipleLayout = {
  /** Width of the city names' column, px. */
  axisWidth: number;
  /** Room right of the bars for the longest value label, px. */
  labelRoom: number;
  /** The value labels' font size, px: the one asked for, or smaller where the cell is narrow. */
  labelSize: number;
};

/**
 * The share of the cell the bars keep at least. Every bar carries its value, so the labels come
 * first: at a third, a slide's labels shrank to 12 px inside a card already shrunk to fit (8 px on
 * a 1280x720 screen), for bars whose length only repeats what the labels say.
 */
export const MIN_BAR_SHARE = 0.2;
/** Value labels shrink to keep the bars' share, but not below this size, px. */
export const MIN_LABEL_SIZE = 12;

const isWide = (char: string) => /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(char);

/** Estimated width of `text` at `size` px: Chinese characters one em, others `latinEm`. */
export function textWidth(text: string, size: number, latinEm = 0.6): number {
  let ems = 0;
  for (const char of text) ems += isWide(char) ? 1 : latinEm;
  return ems * size;
}

/**
 * `names` are the cities' names as the axis shows them (a missing city's "no figure" wraps under
 * its name, so only the name counts); `labels` the value labels; `width` the cell's width in px
 * once measured (null before: the sizes asked for, unchecked).
 */
export function multipleLayout(width: number | null, names: readonly string[], labels: readonly string[], tickSize: number, labelSize: number): MultipleLayout {
  // Recharts wraps a name wider than the column less its tick line, so the estimate is generous
  // (an em to spare on a large slide, where 20 px had wrapped "Chengdu 成都" itself).
  const axisWidth = Math.ceil(Math.max(0, ...names.map((name) => textWidth(name, tickSize, 0.66)))) + Math.max(20, tickSize);
  // Bold digits and '%' take up to 0.7 em (DejaVu Sans Bold, the fallback on Linux); at 0.62 a 4K
  // slide's "5.10%" ran past the cell's edge.
  const roomFor = (size: number) => Math.max(0, ...labels.map((label) => Math.ceil(textWidth(label, size, 0.7)))) + 14;
  if (width === null) return { axisWidth, labelRoom: roomFor(labelSize), labelSize };
  const available = width * (1 - MIN_BAR_SHARE) - axisWidth - 8;
  let size = labelSize;
  while (size > MIN_LABEL_SIZE && roomFor(size) > available) size -= 1;
  return { axisWidth, labelRoom: roomFor(size), labelSize: size };
}
