// Placing one passage that another tool described (a quote, a position, or
// both) on a source of this project, through the anchoring engine the
// re-anchoring of revised texts uses: a quote that no longer fits exactly is
// kept as "fuzzy" for review, one not found at all is reported, never guessed.

import type Database from 'better-sqlite3';
import { AppError } from '../../api/errors.ts';
import { createHighlight } from '../../annotations/create-highlight.ts';
import { describeRange, reanchorMany, type AnchorResult } from '../../annotations/anchoring/index.ts';
import { rangeProblem } from '../../annotations/anchoring/text-position-selector.ts';

export interface IncomingPassage {
  sourceId: string;
  /** The source's current reading text. */
  text: string;
  quote: { exact: string; prefix: string; suffix: string } | null;
  /** UTF-16 offsets meant for `text` (a hint when a quote is given). */
  position: { start: number; end: number } | null;
  note: string;
  tagIds: readonly string[];
  tagNames: readonly string[];
}

export type Placement =
  | { placed: true; highlightId: string; status: 'anchored' | 'fuzzy' }
  | { placed: false; reason: string; existingHighlightId?: string };

const maxNote = 100_000;
const maxTagName = 200;
const maxTags = 100;

/**
 * Places the passages in the order given (so a repeat of an earlier one is
 * recognised). Quotes are searched source by source in one batch: the engine
 * prepares each text once, however many passages land on it.
 */
export function placePassages(db: Database.Database, passages: readonly IncomingPassage[]): Placement[] {
  const anchored = new Map<IncomingPassage, AnchorResult>();
  const bySource = new Map<string, IncomingPassage[]>();
  for (const passage of passages) {
    if (passage.quote === null || passage.quote.exact.trim() === '') continue;
    const group = bySource.get(passage.sourceId);
    if (group === undefined) bySource.set(passage.sourceId, [passage]);
    else group.push(passage);
  }
  for (const group of bySource.values()) {
    const text = group[0]?.text ?? '';
    const targets = group.map((p) => {
      const quote = p.quote ?? { exact: '', prefix: '', suffix: '' };
      // Without a usable position the search starts at the top of the text.
      const usable = p.position !== null && rangeProblem(text.length, p.position.start, p.position.end) === null;
      return { position: usable && p.position !== null ? p.position : { start: 0, end: quote.exact.length }, quote };
    });
    reanchorMany(targets, text).forEach((result, i) => {
      const passage = group[i];
      if (passage !== undefined) anchored.set(passage, result);
    });
  }
  return passages.map((passage) => place(db, passage, anchored.get(passage)));
}

function place(db: Database.Database, passage: IncomingPassage, anchor: AnchorResult | undefined): Placement {
  const problem = passageProblem(passage);
  if (problem !== null) return { placed: false, reason: problem };
  const range = locate(passage, anchor);
  if ('reason' in range) return { placed: false, reason: range.reason };
  try {
    describeRange(passage.text, range.start, range.end);
  } catch (error) {
    if (error instanceof AppError) return { placed: false, reason: error.message };
    throw error;
  }
  const existing = db
    .prepare('SELECT id FROM highlights WHERE source_id = ? AND start = ? AND "end" = ? LIMIT 1')
    .get(passage.sourceId, range.start, range.end) as { id: string } | undefined;
  if (existing !== undefined) return { placed: false, reason: 'the same passage is already highlighted', existingHighlightId: existing.id };
  const highlight = createHighlight(db, {
    sourceId: passage.sourceId,
    target: { start: range.start, end: range.end },
    color: 'yellow',
    note: passage.note,
    tagIds: passage.tagIds,
    tagNames: passage.tagNames,
  });
  if (range.fuzzy && passage.quote !== null) {
    db.prepare(`UPDATE highlights SET status = 'fuzzy', previous_exact = ? WHERE id = ?`).run(passage.quote.exact, highlight.id);
  }
  return { placed: true, highlightId: highlight.id, status: range.fuzzy ? 'fuzzy' : 'anchored' };
}

function passageProblem(passage: IncomingPassage): string | null {
  if (passage.note.length > maxNote) return `its note is longer than ${maxNote.toLocaleString('en')} characters`;
  if (passage.tagNames.length + passage.tagIds.length > maxTags) return `it carries more than ${maxTags} tags`;
  const long = passage.tagNames.find((name) => name.length > maxTagName);
  if (long !== undefined) return `a tag name is longer than ${maxTagName} characters`;
  return null;
}

function locate(passage: IncomingPassage, anchor: AnchorResult | undefined): { start: number; end: number; fuzzy: boolean } | { reason: string } {
  if (anchor !== undefined) {
    if (anchor.status === 'orphaned' || anchor.position === null) return { reason: "the quoted passage is not in the source's text" };
    return { start: anchor.position.start, end: anchor.position.end, fuzzy: anchor.status === 'fuzzy' };
  }
  const { position, text } = passage;
  if (position !== null) {
    const problem = rangeProblem(text.length, position.start, position.end);
    if (problem !== null) return { reason: `its position selector is unusable: ${problem}` };
    return { ...position, fuzzy: false };
  }
  return { reason: 'it has neither a quote nor a position to anchor it' };
}
