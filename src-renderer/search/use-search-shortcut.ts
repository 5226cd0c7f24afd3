// Search Everything (the Edit menu's command, Ctrl/Cmd+K by the menu table) or
// "/" outside a text field puts the caret in the search box.

import { useEffect, type RefObject } from 'react';
import { useMenuAction } from '../app/menu/menu-registry.ts';
import { isInModal, isTextEntry } from '../app/menu/text-entry.ts';

export function useSearchShortcut(input: RefObject<HTMLInputElement | null>): void {
  const focusSearch = () => {
    input.current?.focus();
    input.current?.select();
  };
  useMenuAction('edit.find', focusSearch);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.key !== '/') return;
      if (isTextEntry(event.target) || isInModal(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [input]);
}
