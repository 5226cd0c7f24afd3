// A highlight as it reads on a terminal: its place in the reading text (the contract's offsets,
// counted from 0, end exclusive), its quote cut to one line, and its tags.

import type { Highlight } from '../core/annotations/highlight-types.ts';
import { truncate } from './text-table.ts';

/** "120..164", or "—" for an orphan, which has no place in the text. */
export function highlightPlace(highlight: Pick<Highlight, 'start' | 'end'>): string {
  return highlight.start === null || highlight.end === null ? '—' : `${highlight.start}..${highlight.end}`;
}

export function quoted(text: string, max = 60): string {
  return `"${truncate(text, max)}"`;
}

export function tagList(highlight: Pick<Highlight, 'tags'>): string {
  return highlight.tags.map((tag) => tag.name).join(', ');
}
