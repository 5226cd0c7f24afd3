// A small remembered setting: read once from localStorage, kept in memory,
// written back on change, and watched by React through useSyncExternalStore.
// A stored value that fails its check (an older format, a hand edit) falls back to the default.

import { useSyncExternalStore } from 'react';

export interface StoredPreference<T> {
  get(): T;
  set(value: T): void;
  subscribe(onChange: () => void): () => void;
  use(): T;
}

export function storedPreference<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): StoredPreference<T> {
  let current = read(key, fallback, isValid);
  const watchers = new Set<() => void>();
  const preference: StoredPreference<T> = {
    get: () => current,
    set(value) {
      if (Object.is(value, current)) return;
      current = value;
      write(key, value);
      for (const watcher of watchers) watcher();
    },
    subscribe(onChange) {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
    use: () => useSyncExternalStore(preference.subscribe, preference.get),
  };
  return preference;
}

function read<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): T {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return fallback;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

/** Storage may be full or switched off; the setting then lasts as long as the page. */
export function write(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Nothing to do: the in-memory value still applies.
  }
}
