// The one place a menu command finds what it does. Each feature registers its
// own actions (`useMenuAction('go.library', openLibrary)`); the in-page menu
// bar, the keyboard and the desktop's native menu all run them through here.

import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { MenuAction } from '../../../src-main/hosts/menu-actions.ts';

type Handler = () => void;

// A stack per action: the latest registration (say, a view that refines a command) wins until it leaves.
const handlers = new Map<MenuAction, Handler[]>();
const watchers = new Set<() => void>();
let generation = 0;

function changed(): void {
  generation += 1;
  for (const watcher of watchers) watcher();
}

export function registerMenuAction(action: MenuAction, handler: Handler): () => void {
  handlers.set(action, [...(handlers.get(action) ?? []), handler]);
  changed();
  return () => {
    handlers.set(
      action,
      (handlers.get(action) ?? []).filter((h) => h !== handler),
    );
    changed();
  };
}

/** Runs the action; false when nothing in the workbench can do it right now. */
export function runMenuAction(action: MenuAction): boolean {
  const handler = handlers.get(action)?.at(-1);
  if (handler === undefined) return false;
  handler();
  return true;
}

export function canRunMenuAction(action: MenuAction): boolean {
  return (handlers.get(action)?.length ?? 0) > 0;
}

/** Registers what the action does while the calling component is mounted; the handler may change every render. */
export function useMenuAction(action: MenuAction, handler: Handler): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => registerMenuAction(action, () => latest.current()), [action]);
}

/** Re-renders the caller when actions come and go (the menu bar greys out what nobody handles). */
export function useMenuRegistryVersion(): number {
  return useSyncExternalStore(
    (onChange) => {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
    () => generation,
  );
}
