// Where the user is: the library, one source in the reader, or the codebook,
// kept in the URL hash so a reload (or the desktop window's file:// page) lands in the same place.

import { useSyncExternalStore } from 'react';
import { parseCompareRoute, type CompareRoute } from '../compare/compare-route.ts';

export type Route =
  | { view: 'library' }
  // `at`/`highlightId` (from `?at=N&highlight=ID`): where to land, for a search result.
  | { view: 'reader'; sourceId: string; at?: number; highlightId?: string }
  | { view: 'codebook' }
  | { view: 'events' }
  | { view: 'annotations' }
  | CompareRoute;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function openSource(sourceId: string): void {
  window.location.hash = `#/sources/${encodeURIComponent(sourceId)}`;
}

/** The reader, landing on an offset of the reading text or on a highlight. */
export function openSourceAt(sourceId: string, land: { at?: number; highlightId?: string }): void {
  const params = new URLSearchParams();
  if (land.at !== undefined) params.set('at', String(land.at));
  if (land.highlightId !== undefined) params.set('highlight', land.highlightId);
  const query = params.toString();
  window.location.hash = `#/sources/${encodeURIComponent(sourceId)}${query === '' ? '' : `?${query}`}`;
}

export function openAnnotations(): void {
  window.location.hash = '#/annotations';
}

export function openLibrary(): void {
  window.location.hash = '#/';
}

export function openCodebook(): void {
  window.location.hash = '#/codebook';
}

export function openEvents(): void {
  window.location.hash = '#/events';
}

function parseRoute(hash: string): Route {
  if (hash === '#/codebook') return { view: 'codebook' };
  if (hash === '#/events') return { view: 'events' };
  if (hash === '#/annotations') return { view: 'annotations' };
  const compare = parseCompareRoute(hash);
  if (compare) return compare;
  const match = /^#\/sources\/([^/?]+)(?:\?(.*))?$/.exec(hash);
  if (match?.[1]) {
    try {
      return { view: 'reader', sourceId: decodeURIComponent(match[1]), ...landing(match[2]) };
    } catch {
      return { view: 'library' };
    }
  }
  return { view: 'library' };
}

function landing(query: string | undefined): { at?: number; highlightId?: string } {
  const params = new URLSearchParams(query ?? '');
  const at = Number(params.get('at') ?? 'x');
  const highlightId = params.get('highlight');
  return { ...(Number.isSafeInteger(at) && at >= 0 ? { at } : {}), ...(highlightId ? { highlightId } : {}) };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
