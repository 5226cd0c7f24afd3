// The menu's accelerators in the page, and the desktop's native menu: both end
// in runMenuAction. Undo and redo inside a text field stay the field's own.

import { useEffect } from 'react';
import { isMenuAction, menuActionSpecs, type MenuAction } from '../../../src-main/hosts/menu-actions.ts';
import { isMac, matchesAccelerator } from './accelerator.ts';
import { runMenuAction } from './menu-registry.ts';
import { isInModal, isTextEntry } from './text-entry.ts';

/** Commands a text field answers itself when it has focus. */
const fieldOwned: ReadonlySet<MenuAction> = new Set(['edit.undo', 'edit.redo']);

/** Keys beyond the table: Ctrl+Y redoes on Windows and Linux, and "?" opens the shortcut sheet. */
const extraKeys: readonly { action: MenuAction; test: (event: KeyboardEvent) => boolean; inFields: boolean }[] = [
  { action: 'edit.redo', test: (e) => !isMac && matchesAccelerator(e, 'CmdOrCtrl+Y'), inFields: false },
  { action: 'help.shortcuts', test: (e) => e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey, inFields: false },
];

export function hasNativeMenu(): boolean {
  return typeof window.sourcebench?.onMenuAction === 'function';
}

/** Finds the command a key press asks for, or null. */
export function actionForKey(event: KeyboardEvent): MenuAction | null {
  const inField = isTextEntry(event.target);
  for (const spec of menuActionSpecs) {
    if (!('accelerator' in spec) || !matchesAccelerator(event, spec.accelerator)) continue;
    return inField && fieldOwned.has(spec.id) ? null : spec.id;
  }
  for (const extra of extraKeys) {
    if (extra.test(event)) return inField && !extra.inFields ? null : extra.action;
  }
  return null;
}

export function useMenuKeys(): void {
  useEffect(() => {
    // The desktop's menu owns its accelerators there; listening too would run each command twice.
    if (hasNativeMenu()) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isInModal(event.target)) return;
      const action = actionForKey(event);
      if (action === null) return;
      // Even a command nobody handles right now is kept from the browser (Ctrl+1 would switch tabs).
      event.preventDefault();
      runMenuAction(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export function useNativeMenu(): void {
  useEffect(() => {
    const subscribe = window.sourcebench?.onMenuAction;
    if (subscribe === undefined) return;
    return subscribe((action) => {
      if (!isMenuAction(action)) return;
      // The native Undo reaches us even while a text field has focus: there it is the field's undo.
      if (fieldOwned.has(action) && isTextEntry(document.activeElement)) {
        document.execCommand(action === 'edit.undo' ? 'undo' : 'redo');
        return;
      }
      runMenuAction(action);
    });
  }, []);
}
