// Every TanStack Query key the workbench uses, in one place, so an edit can
// invalidate exactly the cached answers it made stale.

import type { LibraryQuery } from '../library/library-query.ts';

export const queryKeys = {
  project: ['project', 'info'] as const,
  sources: ['sources'] as const,
  sourceLists: ['sources', 'list'] as const,
  sourceList: (query: LibraryQuery) => ['sources', 'list', query] as const,
  source: (id: string) => ['sources', 'detail', id] as const,
  revisions: (id: string) => ['sources', 'revisions', id] as const,
  revisionDiff: (id: string, from: number, to: number) => ['sources', 'diff', id, from, to] as const,
  annotations: ['annotations'] as const,
  highlights: (sourceId: string) => ['annotations', 'list', sourceId] as const,
  tags: ['tags'] as const,
  history: ['history'] as const,
};
