/**
 * Characters XML 1.0 forbids anywhere in a document: C0 controls other than tab, line feed and
 * carriage return, U+FFFE and U+FFFF, and lone surrogates (with the `u` flag a lone surrogate is a
 * code point of its own, outside every allowed range). XMLSerializer writes them as they are, so
 * one of them in API text made the SVG unreadable and its PNG undecodable.
 */
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without the characters XML forbids (they draw nothing in any case). */
export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** Every string in a plain-data tree (objects, arrays) without the characters XML forbids. */
export function stripXmlForbiddenDeep<T>(value: T): T {
  if (typeof value === 'string') return stripXmlForbidden(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => stripXmlForbiddenDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripXmlForbiddenDeep(item)])) as T;
  }
  return value;
}
