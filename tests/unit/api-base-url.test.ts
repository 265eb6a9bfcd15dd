import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiOriginOf, contentSecurityPolicy } from '../../vite.config';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('VITE_API_BASE_URL', () => {
  it('allows another site in the CSP, and a path on this site under self', () => {
    expect(contentSecurityPolicy('https://api.example.org/v1')).toContain("connect-src 'self' https://api.example.org;");
    expect(contentSecurityPolicy('/api/v1')).toContain("connect-src 'self';");
    expect(contentSecurityPolicy(undefined)).toContain("connect-src 'self';");
  });

  it.each(['api.example.org/v1', 'ftp://example.org', '//cdn.example.org/api', 'http//typo'])('stops the build with what to write for "%s"', (value) => {
    expect(() => apiOriginOf(value)).toThrow(/VITE_API_BASE_URL must be an http\(s\) address .* or a path on this site starting with "\/"/);
  });

  it('resolves a path on this site against the page, for every request', async () => {
    vi.stubEnv('VITE_API_BASE_URL', '/data/v2/');
    const { apiUrl } = await import('../../src/api/config');
    expect(apiUrl('observations', new URLSearchParams({ city: 'wuhan' })).href).toBe(`${window.location.origin}/data/v2/observations?city=wuhan`);
  });
});
