/**
 * Where the API lives. Set `VITE_API_BASE_URL` at build time to call a real API (an address, or a
 * path on this site such as `/api/v1`); left unset, the
 * app serves its bundled dataset through the MSW service worker under the app's own `/api/v1`.
 * Vite inlines this at build time, so a real-API build drops every mocking branch as dead code.
 */
const configuredBaseUrl: string | undefined = import.meta.env.VITE_API_BASE_URL || undefined;

export function apiUrl(path: string, params?: URLSearchParams): URL {
  // A configured path (`/api/v1`) is an API on this site, resolved like the default one.
  const base = new URL(configuredBaseUrl ?? `${import.meta.env.BASE_URL}api/v1`, document.baseURI).href;
  const url = new URL(`${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`);
  if (params) for (const [key, value] of params) url.searchParams.append(key, value);
  return url;
}
