// The annotations table's filters, sort and direction as the view keeps them,
// and the `annotations.table` input they make for one page.

import type { OperationInput, OperationOutput } from '../../src-main/core/api/operations.ts';
import type { SourceKind } from '../api/source-kinds.ts';

export type TableInput = OperationInput<'annotations.table'>;
export type AnnotationRow = OperationOutput<'annotations.table'>['rows'][number];
export type TableSort = NonNullable<TableInput['sort']>;
export type AnchorStatus = AnnotationRow['status'];

export const sortFields = ['createdAt', 'updatedAt', 'source', 'quote', 'note', 'status', 'color'] as const satisfies readonly TableSort[];

/** The status filter's choices: one status, or the two that want attention. */
export const statusChoices = {
  '': 'Any status',
  anchored: 'Anchored',
  moved: 'Moved',
  fuzzy: 'Needs review (fuzzy)',
  orphaned: 'Orphaned',
  attention: 'Fuzzy or orphaned',
} as const;
export type StatusChoice = keyof typeof statusChoices;

export function isStatusChoice(value: string): value is StatusChoice {
  return Object.hasOwn(statusChoices, value);
}

export interface AnnotationsQuery {
  tagId: string;
  eventId: string;
  sourceId: string;
  sourceKind: SourceKind | '';
  status: StatusChoice;
  from: string;
  to: string;
  text: string;
  sort: TableSort;
  direction: 'asc' | 'desc';
}

export const defaultAnnotationsQuery: AnnotationsQuery = {
  tagId: '',
  eventId: '',
  sourceId: '',
  sourceKind: '',
  status: '',
  from: '',
  to: '',
  text: '',
  sort: 'createdAt',
  direction: 'desc',
};

export function isSortField(value: string): value is TableSort {
  return (sortFields as readonly string[]).includes(value);
}

export function hasFilters(query: AnnotationsQuery): boolean {
  return query.tagId !== '' || query.eventId !== '' || query.sourceId !== '' || query.sourceKind !== '' || query.status !== '' || query.from !== '' || query.to !== '' || query.text.trim() !== '';
}

export function toTableInput(query: AnnotationsQuery, offset: number, limit: number): TableInput {
  const input: TableInput = { sort: query.sort, direction: query.direction, offset, limit };
  if (query.tagId !== '') input.tagIds = [query.tagId];
  if (query.eventId !== '') input.eventId = query.eventId;
  if (query.sourceId !== '') input.sourceId = query.sourceId;
  if (query.sourceKind !== '') input.sourceKind = query.sourceKind;
  if (query.status === 'attention') input.status = ['fuzzy', 'orphaned'];
  else if (query.status !== '') input.status = [query.status];
  if (query.from !== '') input.from = query.from;
  if (query.to !== '') input.to = query.to;
  if (query.text.trim() !== '') input.query = query.text.trim();
  return input;
}
