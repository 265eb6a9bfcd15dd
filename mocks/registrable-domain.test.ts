import { getDomain as tldtsGetDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { getDomain } from './registrable-domain';

const TLDTS_OPTIONS = { allowIcannDomains: true, allowPrivateDomains: true };

describe('the registrable domain that stands in for tldts in the mock API', () => {
  it('answers as tldts does for the hosts Hubscope is served from', () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]', 'hubscope.example.org', 'example.com', 'app.hubscope.cn', 'EXAMPLE.COM.']) {
      expect(getDomain(host), host).toBe(tldtsGetDomain(host, TLDTS_OPTIONS));
    }
  });

  it('is wider than tldts under a suffix of more than one label', () => {
    expect(tldtsGetDomain('a.example.co.uk', TLDTS_OPTIONS)).toBe('example.co.uk');
    expect(getDomain('a.example.co.uk')).toBe('co.uk');
  });
});
