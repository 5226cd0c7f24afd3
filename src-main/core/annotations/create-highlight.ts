// Creating a highlight from a selection (offsets) or from a quote (the CLI,
// other tools): both end as the same pair of W3C selectors.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { newId, now } from '../project/ids.ts';
import { resolveTagNames } from '../codebook/resolve-tag-names.ts';
import { describeRange } from './anchoring/describe-range.ts';
import { reanchor } from './anchoring/reanchor.ts';
import type { AnchorTarget, TextQuoteSelector } from './anchoring/types.ts';
import { readHighlight } from './highlight-rows.ts';
import type { Highlight, HighlightColor } from './highlight-types.ts';
import { currentText } from './source-text.ts';
import { setHighlightTags } from './set-highlight-tags.ts';

export type HighlightTarget = { start: number; end: number } | { exact: string; prefix?: string | undefined; suffix?: string | undefined };

export interface NewHighlight {
  sourceId: string;
  target: HighlightTarget;
  color: HighlightColor;
  note: string;
  tagIds: readonly string[];
  /** Tags named by the user that may not exist yet; created at the top of the codebook. */
  tagNames: readonly string[];
}

export function createHighlight(db: Database.Database, input: NewHighlight): Highlight {
  const { revisionId, text } = currentText(db, input.sourceId);
  const anchor = 'exact' in input.target ? locateQuote(text, input.target) : describeRange(text, input.target.start, input.target.end);
  const id = newId();
  const at = now();
  db.prepare(
    `INSERT INTO highlights (id, source_id, revision_id, start, "end", exact, prefix, suffix, status, color, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'anchored', ?, ?, ?, ?)`,
  ).run(
    id, input.sourceId, revisionId, anchor.position.start, anchor.position.end, anchor.quote.exact, anchor.quote.prefix,
    anchor.quote.suffix, input.color, input.note, at, at,
  );
  const tagIds = [...input.tagIds, ...resolveTagNames(db, input.tagNames)];
  setHighlightTags(db, id, tagIds);
  return readHighlight(db, id);
}

function locateQuote(text: string, quote: { exact: string; prefix?: string | undefined; suffix?: string | undefined }): AnchorTarget {
  const selector: TextQuoteSelector = { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' };
  const occurrences = countOccurrences(text, quote.exact);
  if (occurrences === 0) throw new AppError('not_found', `The quote "${shorten(quote.exact)}" is not in the source's text.`);
  if (occurrences > 1 && selector.prefix === '' && selector.suffix === '') {
    throw new AppError('conflict', `The quote "${shorten(quote.exact)}" appears ${occurrences} times; add a prefix or suffix to say which.`);
  }
  const first = text.indexOf(quote.exact);
  const found = reanchor({ position: { start: first, end: first + quote.exact.length }, quote: selector }, text);
  if (found.position === null || (found.status !== 'anchored' && found.status !== 'moved')) {
    throw new AppError('not_found', `The quote "${shorten(quote.exact)}" with that prefix and suffix is not in the source's text.`);
  }
  return describeRange(text, found.position.start, found.position.end);
}

function countOccurrences(text: string, fragment: string): number {
  let count = 0;
  for (let at = text.indexOf(fragment); at !== -1 && count < 1000; at = text.indexOf(fragment, at + 1)) count += 1;
  return count;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
