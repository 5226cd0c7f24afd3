// Where a search result opens: a source at its first match, a highlight or
// note at the highlight, an event in its comparison.

import type { SearchKind, SearchResult } from '../../src-main/core/search/search-types.ts';
import { openCompare } from '../compare/compare-route.ts';
import { openSourceAt } from '../app/route.ts';

// The words a source result matched first, so the reader can mark all of a phrase, not only its first word.
let landingHint: { sourceId: string; at: number; text: string } | null = null;

export function openResult(kind: SearchKind, result: SearchResult): void {
  if (kind === 'events') {
    openCompare({ view: 'compareEvent', eventId: result.id });
    return;
  }
  const sourceId = result.sourceId ?? result.id;
  if (kind === 'sources') {
    const text = firstMatchedRun(result);
    landingHint = result.offset !== undefined && text !== '' ? { sourceId, at: result.offset, text } : null;
    openSourceAt(sourceId, result.offset === undefined ? {} : { at: result.offset });
  } else {
    openSourceAt(sourceId, { highlightId: result.id, ...(result.offset === undefined ? {} : { at: result.offset }) });
  }
}

/** The first matched words of the snippet, with the spaces between them: all of a phrase. */
function firstMatchedRun(result: SearchResult): string {
  const parts = result.snippet;
  const first = parts.findIndex((part) => part.match);
  if (first === -1) return '';
  let text = parts[first]?.text ?? '';
  for (let i = first + 1; i + 1 < parts.length; i += 2) {
    const gap = parts[i];
    const next = parts[i + 1];
    if (!gap || !next || gap.match || !next.match || !/^[\s-]{1,3}$/u.test(gap.text)) break;
    text += gap.text + next.text;
  }
  return text;
}

/** The hint left for this landing (kept, not taken: effects may run twice). */
export function landingHintFor(sourceId: string, at: number | undefined): string | null {
  const hint = landingHint;
  return hint !== null && hint.sourceId === sourceId && hint.at === at ? hint.text : null;
}
