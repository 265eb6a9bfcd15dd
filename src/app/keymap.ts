import { CITY_IDS } from '../api/vocabulary';
import { CITY_NAMES } from '../domain/cities';

/**
 * Every key Hubscope answers to, in one list: the shortcuts dialog shows it, and the two handlers
 * follow it (shortcuts-control.tsx for the spotlight, table and help keys; the presentation
 * feature's presentation-keys.tsx for P and the slide keys). Single-key shortcuts never fire in a
 * control and can be turned off (WCAG 2.1.4).
 */
export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: '1, 2, 3', action: `Spotlight ${CITY_IDS.map((c) => CITY_NAMES[c].en).join(', ')} on every chart (again to clear)` },
  { keys: '0', action: 'Clear the spotlight' },
  { keys: 't', action: 'Switch every card between chart and table' },
  { keys: 'p', action: 'Present the deck from its first slide' },
  { keys: '→ ↓ Page Down Space', action: 'In presentation mode: next slide' },
  { keys: '← ↑ Page Up Shift+Space', action: 'In presentation mode: previous slide' },
  { keys: 'Home, End', action: 'In presentation mode: first or last slide' },
  { keys: 'Esc', action: 'Leave presentation mode (and full screen)' },
  { keys: '?', action: 'Show this list of shortcuts' },
];
