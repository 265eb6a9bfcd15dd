import { useSyncExternalStore } from 'react';

const SHORTCUTS_KEY = 'hubscope.shortcuts';
const shortcutListeners = new Set<() => void>();

function shortcutsEnabled(): boolean {
  try {
    return localStorage.getItem(SHORTCUTS_KEY) !== 'off';
  } catch {
    return true;
  }
}

/** The single-key shortcuts switch (WCAG 2.1.4), kept in local storage. */
export function setShortcutsEnabled(enabled: boolean) {
  try {
    localStorage.setItem(SHORTCUTS_KEY, enabled ? 'on' : 'off');
  } catch {
    // Storage may be unavailable (private mode); the setting then lasts for this page only.
  }
  for (const listener of shortcutListeners) listener();
}

export function useShortcutsEnabled(): boolean {
  return useSyncExternalStore(
    (listener) => {
      shortcutListeners.add(listener);
      return () => shortcutListeners.delete(listener);
    },
    shortcutsEnabled,
  );
}

/** True when a key press belongs to a control (text field, select, slider...), not to a shortcut. */
export function isInControl(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, select, textarea, [role="slider"], [role="textbox"], [role="combobox"], [role="spinbutton"]')) return true;
  return false;
}

/** True when Space or Enter would press the focused element (a button or link) itself. */
export function isOnPressable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary, [role="button"], [role="link"]') !== null;
}

/** Modifier keys mean the browser's or the system's shortcut, never ours. */
export function hasModifier(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.altKey;
}
