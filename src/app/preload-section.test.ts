import { describe, expect, it, vi } from 'vitest';
import { preloadSectionAt, SECTIONS } from './sections';

function startSpies() {
  return SECTIONS.map((section) => vi.spyOn(section.page, 'start').mockResolvedValue(() => null));
}

describe('preloadSectionAt', () => {
  it.each([
    ['/chips', '/', '/chips'],
    ['/chips/', '/', '/chips'],
    ['/', '/', '/'],
    ['/hubscope/talent', '/hubscope/', '/talent'],
    ['/hubscope/', '/hubscope/', '/'],
  ])('%s under base %s starts the code of %s only', (pathname, base, expected) => {
    const spies = startSpies();
    preloadSectionAt(pathname, base);
    expect(SECTIONS.filter((_, index) => spies[index]?.mock.calls.length).map((section) => section.path)).toEqual([expected]);
  });

  it('starts nothing for a path that is not a section', () => {
    const spies = startSpies();
    preloadSectionAt('/print', '/');
    preloadSectionAt('/no-such-section', '/');
    expect(spies.every((spy) => spy.mock.calls.length === 0)).toBe(true);
  });
});
