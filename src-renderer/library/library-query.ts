// What the library shows: sort column and direction plus the three filters,
// and how that becomes a `sources.list` request for one page.

import type { OperationInput } from '../../src-main/core/api/operations.ts';
import type { SourceKind } from '../api/source-kinds.ts';

type ListInput = OperationInput<'sources.list'>;
export type SortField = NonNullable<ListInput['sort']>;
export type SortDirection = NonNullable<ListInput['direction']>;

const sortFields = {
  title: true,
  publisher: true,
  publishedAt: true,
  kind: true,
  highlightCount: true,
  importedAt: true,
} as const satisfies Record<SortField, true>;

export function isSortField(id: string): id is SortField {
  return Object.hasOwn(sortFields, id);
}

export interface LibraryQuery {
  sort: SortField;
  direction: SortDirection;
  titleContains: string;
  publisherContains: string;
  kind: SourceKind | '';
}

export const defaultLibraryQuery: LibraryQuery = {
  sort: 'importedAt',
  direction: 'desc',
  titleContains: '',
  publisherContains: '',
  kind: '',
};

export function hasFilters(query: LibraryQuery): boolean {
  return query.titleContains.trim() !== '' || query.publisherContains.trim() !== '' || query.kind !== '';
}

export function toListInput(query: LibraryQuery, offset: number, limit: number): ListInput {
  const input: ListInput = { sort: query.sort, direction: query.direction, offset, limit };
  if (query.titleContains.trim() !== '') input.titleContains = query.titleContains.trim();
  if (query.publisherContains.trim() !== '') input.publisherContains = query.publisherContains.trim();
  if (query.kind !== '') input.kind = query.kind;
  return input;
}
