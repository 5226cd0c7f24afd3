// Creating a highlight from a selection (offsets) or from a quote (the CLI,
// other tools): both end as the same pair of W3C selectors.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { newId, now } from '../project/ids.ts';
import { resolveTagNames } from '../codebook/resolve-tag-names.ts';
import { describeRange } from './anchoring/describe-range.ts';
import type { AnchorTarget } from './anchoring/types.ts';
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
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const occurrences = findOccurrences(text, quote.exact);
  if (occurrences.length === 0) throw new AppError('not_found', `The quote "${shorten(quote.exact)}" is not in the source's text.`);
  // The context decides between occurrences: the one whose surroundings match most of it wins.
  const fit = (at: number) => sharedEnding(text.slice(Math.max(0, at - prefix.length), at), prefix) + sharedStart(text.slice(at + quote.exact.length), suffix);
  const ranked = occurrences.map((at) => ({ at, fit: fit(at) })).sort((a, b) => b.fit - a.fit);
  const [best, runnerUp] = ranked;
  if (best === undefined) throw new AppError('not_found', `The quote "${shorten(quote.exact)}" is not in the source's text.`);
  if (runnerUp !== undefined && runnerUp.fit === best.fit) {
    const hint = prefix === '' && suffix === '' ? 'add a prefix or suffix to say which' : 'the prefix and suffix fit more than one of them';
    throw new AppError('conflict', `The quote "${shorten(quote.exact)}" appears ${occurrences.length} times; ${hint}.`);
  }
  return describeRange(text, best.at, best.at + quote.exact.length);
}

function findOccurrences(text: string, fragment: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(fragment); at !== -1 && found.length < 10_000; at = text.indexOf(fragment, at + 1)) found.push(at);
  return found;
}

function sharedEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
