// The undo and redo keys, anywhere in the workbench: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z
// and Ctrl+Y. Inside a text field they are left to the field's own undo.

import { useEffect, useRef } from 'react';
import type { HistoryControls } from './use-history.ts';

export function useUndoShortcuts(history: HistoryControls): void {
  // The listener stays put; it reads the latest labels through the ref.
  const latest = useRef(history);
  useEffect(() => {
    latest.current = history;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      const direction = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !event.shiftKey ? 'redo' : null;
      if (direction === null || isTextEntry(event.target)) return;
      event.preventDefault();
      latest.current.step(direction);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  // A modal dialog owns the keyboard while it is open.
  if (target.closest('dialog[open]')) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'color', 'range'].includes(target.type);
}
