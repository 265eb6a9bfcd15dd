/*
 * Limits on what the API may send, applied while reading an answer. Loaded with the first request
 * (like the schemas), not with the shell.
 */

/**
 * An answer larger than this (10 MiB) is refused unread: the whole dataset is about 2 MB, and the
 * benchmark's synthetic 36,000 observations come to 10.06 MB in one answer, which must still read.
 */
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
/** A text field longer than this is refused: the longest note in the dataset is under 1,000 characters. */
export const MAX_TEXT_FIELD_CHARS = 2_000;

/** Reads a body up to `maxBytes`, stopping as soon as it passes; null when it is larger. */
export async function readLimited(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('Content-Length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let total = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** The path of the first string longer than `max` characters in a parsed body ('data[3].title'), if any. */
export function findLongText(value: unknown, max: number, path = ''): string | undefined {
  if (typeof value === 'string') return value.length > max ? path || '(root)' : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findLongText(value[i], max, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = findLongText(child, max, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}
