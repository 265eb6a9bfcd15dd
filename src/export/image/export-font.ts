import { EXPORT_FONT_FAMILY } from './svg-document';

/**
 * The export font (public/fonts/hubscope-export.woff2: Noto Sans CJK SC for Latin, punctuation
 * and the app's Chinese characters; built by scripts/build-cjk-font.mjs). An export embeds it as a
 * data: URL so the picture looks the same on a machine without the font, and text is measured in
 * it for line breaking.
 */
export const EXPORT_FONT_URL = `${import.meta.env.BASE_URL}fonts/hubscope-export.woff2`;

export type ExportFont = { dataUrl: string };

/**
 * Same-origin bytes through XMLHttpRequest: components do not call fetch (that is the API
 * client's job, and lint keeps it there); this is a static asset, not API data.
 */
function loadBytes(url: string): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('GET', url);
    request.responseType = 'arraybuffer';
    request.timeout = 15_000;
    request.onload = () => {
      if (request.status >= 200 && request.status < 300 && request.response instanceof ArrayBuffer) resolve(request.response);
      else reject(new Error(`the export font answered HTTP ${request.status}`));
    };
    request.onerror = () => reject(new Error('the export font could not be loaded (network error)'));
    request.ontimeout = () => reject(new Error('the export font took too long to load'));
    request.send();
  });
}

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('could not encode the export font')));
    reader.onerror = () => reject(reader.error ?? new Error('could not encode the export font'));
    reader.readAsDataURL(blob);
  });
}

let loading: Promise<ExportFont> | undefined;

/**
 * Loads the export font once per page: registers it with `document.fonts` (so a canvas can measure
 * text in it; a FontFace made from bytes fetches nothing, so the page's font-src is not involved)
 * and returns it as a data: URL for embedding. A failure is not cached, so the next export retries.
 */
export function loadExportFont(): Promise<ExportFont> {
  loading ??= (async () => {
    const bytes = await loadBytes(EXPORT_FONT_URL);
    const face = new FontFace(EXPORT_FONT_FAMILY, bytes, { style: 'normal', weight: '400' });
    await face.load();
    document.fonts.add(face);
    return { dataUrl: await toDataUrl(new Blob([bytes], { type: 'font/woff2' })) };
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
