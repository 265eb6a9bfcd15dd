/**
 * Where the print view lives: `<base>print`. main.tsx checks the path before any router exists
 * (react-router forbids a router inside another, and every printed page has its own), so this
 * module stays tiny and free of React.
 */
export const PRINT_SEGMENT = 'print';

/** `base` as Vite gives it (`import.meta.env.BASE_URL`), always ending in '/'. */
export function normalisedBase(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** True for `<base>print` and `<base>print/`. */
export function isPrintPath(pathname: string, base: string): boolean {
  const root = `${normalisedBase(base)}${PRINT_SEGMENT}`;
  return pathname === root || pathname === `${root}/`;
}

/**
 * The print view of the stored deck (or of `deckParam`, a deck carried by a link: after `#`, like
 * every deck link, so it never reaches a server or its logs; `?deck=` still reads).
 */
export function deckPrintHref(base: string, deckParam?: string): string {
  const root = `${normalisedBase(base)}${PRINT_SEGMENT}`;
  return deckParam ? `${root}#deck=${encodeURIComponent(deckParam)}` : root;
}

/**
 * The print view of every card of a section with the section's view settings, e.g.
 * `sectionPrintHref('/', '/chips', '?cities=wuhan,xian')` is `/print?section=/chips&cities=wuhan,xian`.
 * A `card=` among the settings prints that card alone. `slide`, `deck` and `v` are left out.
 */
export function sectionPrintHref(base: string, sectionPath: string, search: string): string {
  const params = new URLSearchParams(search);
  for (const name of ['section', 'slide', 'deck', 'v']) params.delete(name);
  const rest = params.toString();
  return `${normalisedBase(base)}${PRINT_SEGMENT}?section=${encodeURI(sectionPath)}${rest ? `&${rest}` : ''}`;
}
