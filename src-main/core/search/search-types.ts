// The shapes search.query returns: results grouped by kind, each with a
// snippet as structured parts and where to open it.

import type { SnippetPart } from './snippet.ts';

export const searchKinds = ['sources', 'highlights', 'notes', 'events'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchResult {
  /** The source's id for sources, the highlight's for highlights and notes, the event's for events. */
  id: string;
  /** The source to open (sources, highlights, notes). */
  sourceId?: string;
  /** The source's title, or the event's. */
  title: string;
  snippet: SnippetPart[];
  /** Where to land in the source's reading text: the first match (sources) or the highlight's start. */
  offset?: number;
}

export interface SearchGroup {
  kind: SearchKind;
  /** Matches found, counted up to RANK_WINDOW. */
  total: number;
  /** False when there were more matches than counted; show "1,000+". */
  totalExact: boolean;
  results: SearchResult[];
}

export interface SearchResponse {
  groups: SearchGroup[];
  tookMs: number;
}
