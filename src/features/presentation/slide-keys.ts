import { isOnPressable } from '../../ui/keyboard';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The slide a key asks for, from slide `current` (0-based) of `count`: arrows, Page Up/Down and
 * Space (Shift+Space back; not on a button, which Space presses) step, Home and End jump. Null for
 * any other key; the result may lie outside the deck (a step past either end), which callers ignore.
 * Shared by the presentation window and the presenter view, so the same keys do the same there.
 */
export function slideForKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'target'>, current: number, count: number): number | null {
  const space = event.key === ' ' && !isOnPressable(event.target);
  if (NEXT_KEYS.has(event.key) || (space && !event.shiftKey)) return current + 1;
  if (PREVIOUS_KEYS.has(event.key) || (space && event.shiftKey)) return current - 1;
  if (event.key === 'Home') return 0;
  if (event.key === 'End') return count - 1;
  return null;
}
