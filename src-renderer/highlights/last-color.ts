// The color the last highlight was made with, remembered across sessions so
// the keyboard shortcut (H) keeps using it.

import { highlightColors, type HighlightColor } from './highlight-types.ts';

const storageKey = 'sourcebench.lastHighlightColor';

export function readLastColor(): HighlightColor {
  const stored = safeRead();
  return highlightColors.find((color) => color === stored) ?? 'yellow';
}

export function rememberColor(color: HighlightColor): void {
  try {
    window.localStorage.setItem(storageKey, color);
  } catch {
    // Storage can be unavailable (private windows, quotas); the default color is a fine fallback.
  }
}

function safeRead(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
