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
  annotationsTable: (query: object) => ['annotations', 'table', query] as const,
  search: ['search'] as const,
  searchResults: (query: string) => ['search', query] as const,
  annotationEventChoices: ['events', 'list', 'annotation-choices'] as const,
  annotationSourceChoices: ['sources', 'list', 'annotation-choices'] as const,
  highlights: (sourceId: string) => ['annotations', 'list', sourceId] as const,
  tags: ['tags'] as const,
  history: ['history'] as const,
  events: ['events'] as const,
  eventList: (query: string) => ['events', 'list', query] as const,
  event: (id: string) => ['events', 'detail', id] as const,
  highlightEvents: (highlightId: string) => ['events', 'highlight', highlightId] as const,
  entities: ['entities'] as const,
  compare: ['compare'] as const,
  compareEvent: (eventId: string) => ['compare', 'event', eventId] as const,
  compareSources: (sourceIds: readonly string[]) => ['compare', 'sources', ...sourceIds] as const,
  findPassage: (input: object | null) => ['compare', 'find', input] as const,
  compareEventChoices: ['events', 'compare-choices'] as const,
  compareSourceChoices: ['sources', 'list', 'compare-choices'] as const,
};
