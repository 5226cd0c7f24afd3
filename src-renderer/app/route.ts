// Where the user is: the library, one source in the reader, or the codebook,
// kept in the URL hash so a reload (or the desktop window's file:// page) lands in the same place.

import { useSyncExternalStore } from 'react';

export type Route = { view: 'library' } | { view: 'reader'; sourceId: string } | { view: 'codebook' };

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function openSource(sourceId: string): void {
  window.location.hash = `#/sources/${encodeURIComponent(sourceId)}`;
}

export function openLibrary(): void {
  window.location.hash = '#/';
}

export function openCodebook(): void {
  window.location.hash = '#/codebook';
}

function parseRoute(hash: string): Route {
  if (hash === '#/codebook') return { view: 'codebook' };
  const match = /^#\/sources\/([^/]+)$/.exec(hash);
  if (match?.[1]) {
    try {
      return { view: 'reader', sourceId: decodeURIComponent(match[1]) };
    } catch {
      return { view: 'library' };
    }
  }
  return { view: 'library' };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
