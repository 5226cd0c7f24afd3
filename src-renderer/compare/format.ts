// Small formatters the comparison views share: an event's date, a source's byline, a score as a percent.

import type { EventDate } from '../../src-main/core/events/event-types.ts';
import type { SourceCard } from '../../src-main/core/compare/source-claims.ts';
import { isSourceKind, sourceKindLabels } from '../api/source-kinds.ts';

export function formatEventDate(date: EventDate): string {
  if (date.start === null) return '';
  const prefix = date.precision === 'approximate' ? 'about ' : date.precision === 'before' ? 'before ' : date.precision === 'after' ? 'after ' : '';
  return `${prefix}${date.start}${date.end !== null ? ` – ${date.end}` : ''}`;
}

export function sourceByline(source: SourceCard): string[] {
  const kind = source.kind !== null && isSourceKind(source.kind) ? sourceKindLabels[source.kind] : source.kind;
  return [source.publisher, source.publishedAt, kind, source.author].filter((part): part is string => part !== null && part !== '');
}

export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}
