// The Go menu's commands: each place, then the keyboard lands in the new view's main area.

import { openCompare } from '../compare/compare-route.ts';
import { useMenuAction } from './menu/menu-registry.ts';
import { openAnnotations, openCodebook, openEvents, openLibrary } from './route.ts';

function goTo(open: () => void): () => void {
  return () => {
    open();
    // After the new view has drawn: focus left on the menu would be lost with it.
    requestAnimationFrame(() => document.getElementById('workbench-main')?.focus({ preventScroll: true }));
  };
}

export function usePlaceActions(): void {
  useMenuAction('go.library', goTo(openLibrary));
  useMenuAction('go.annotations', goTo(openAnnotations));
  useMenuAction('go.events', goTo(openEvents));
  useMenuAction('go.compare', goTo(() => openCompare()));
  useMenuAction('go.codebook', goTo(openCodebook));
}
