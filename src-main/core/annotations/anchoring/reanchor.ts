// Re-anchors stored highlights on a revised text: stored position, then exact quote elsewhere, then an
// approximate match, else orphaned. Every target ends in exactly one visible status.

import { findApprox, findExact, occursMoreThanOnce, type SearchText } from './find-candidates.ts';
import { normalizeFragment, normalizeText, rawRange, type NormalizedText } from './normalize.ts';
import {
  better,
  earnsFuzzy,
  earnsMoved,
  earnsReviewAsCopy,
  keepsStoredPosition,
  score,
  THRESHOLDS,
  type Query,
  type Scored,
} from './scoring.ts';
import { buildSeedIndex, type SeedIndex } from './seed-index.ts';
import { isStoredPositionUsable } from './text-position-selector.ts';
import { quoteAt } from './text-quote-selector.ts';
import type { AnchorResult, AnchorStatus, AnchorTarget, ReanchorOptions } from './types.ts';

export function reanchor(target: AnchorTarget, newText: string, options: ReanchorOptions = {}): AnchorResult {
  const norm = normalizeText(newText);
  return reanchorIn(norm, searchText(norm), target, scaledStart(target, newText.length, options));
}

function searchText(norm: NormalizedText): SearchText {
  let index: SeedIndex | null = null;
  return { text: norm.text, index: () => (index ??= buildSeedIndex(norm.text)) };
}

/**
 * Same answers as calling reanchor for each target, except that the expected place of each passage is
 * predicted from how far its already re-anchored predecessor shifted: revisions move neighbouring
 * passages together, and a good prediction keeps most searches inside a small window.
 */
export function reanchorMany(
  targets: readonly AnchorTarget[],
  newText: string,
  options: ReanchorOptions = {},
): AnchorResult[] {
  const norm = normalizeText(newText);
  const search = searchText(norm);
  const order = targets.map((_, i) => i).sort((a, b) => startOf(targets[a]) - startOf(targets[b]));
  const results = new Array<AnchorResult>(targets.length);
  let shift: number | null = null;
  for (const i of order) {
    const target = targets[i] as AnchorTarget;
    const expected = shift === null ? scaledStart(target, newText.length, options) : startOf(target) + shift;
    const result = reanchorIn(norm, search, target, expected);
    if ((result.status === 'anchored' || result.status === 'moved') && result.position !== null) {
      shift = result.position.start - target.position.start;
    }
    results[i] = result;
  }
  return results;
}

function startOf(target: AnchorTarget | undefined): number {
  const start = target?.position?.start;
  return typeof start === 'number' && Number.isFinite(start) ? start : 0;
}

function scaledStart(target: AnchorTarget, newLength: number, options: ReanchorOptions): number {
  const old = options.oldTextLength;
  const start = startOf(target);
  return old !== undefined && old > 0 ? Math.round((start * newLength) / old) : start;
}

const ORPHANED = (scoreValue: number): AnchorResult => ({ status: 'orphaned', position: null, quote: null, score: scoreValue });

function reanchorIn(norm: NormalizedText, search: SearchText, target: AnchorTarget, expectedRaw: number): AnchorResult {
  const { position } = target;
  // Stored targets come from a database; a damaged one ends orphaned rather than throwing mid-batch.
  const exact = typeof target.quote?.exact === 'string' ? target.quote.exact : '';
  const prefix = typeof target.quote?.prefix === 'string' ? target.quote.prefix : '';
  const suffix = typeof target.quote?.suffix === 'string' ? target.quote.suffix : '';
  if (!isStoredPositionUsable(position) || exact === '') return ORPHANED(0);
  const raw = norm.raw;
  const storedIntact =
    position.end <= raw.length && position.end - position.start === exact.length && raw.startsWith(exact, position.start);
  // The common case costs two string comparisons: nothing around the passage changed.
  if (storedIntact && raw.startsWith(prefix, position.start - prefix.length) && raw.startsWith(suffix, position.end)) {
    return { status: 'anchored', position: { start: position.start, end: position.end }, quote: quoteAt(raw, position.start, position.end), score: 1 };
  }

  const query: Query = {
    quote: normalizeFragment(exact),
    prefix: normalizeFragment(prefix),
    suffix: normalizeFragment(suffix),
    expected: norm.toNorm[Math.max(0, Math.min(raw.length, Math.round(expectedRaw)))] ?? 0,
  };
  if (query.quote.trim() === '') return ORPHANED(0);

  const n = query.quote.length;
  if (storedIntact) {
    const at = norm.toNorm[position.start] ?? 0;
    const here = score(norm.text, query, at, at + n, 1);
    if (keepsStoredPosition(here, n)) return settle(norm, target, here, 'anchored');
  }
  const found = findExact(search, query, (c) => earnsMoved(c, n));
  if (found.accepted !== null) return settle(norm, target, found.accepted, 'moved');
  // Rule (1) of the design: a quote found only at its stored position stays, whatever happened around
  // it, unless it is so short that one surviving copy proves nothing.
  if (storedIntact && n >= THRESHOLDS.shortQuote && !occursMoreThanOnce(norm.text, query.quote)) {
    const at = norm.toNorm[position.start] ?? 0;
    return settle(norm, target, score(norm.text, query, at, at + n, 1), 'anchored');
  }

  const approx = findApprox(search, query);
  const fuzzy = approx !== null && earnsFuzzy(approx, n) ? approx : null;
  const copy = found.best !== null && earnsReviewAsCopy(n) ? found.best : null;
  const chosen = better(fuzzy, copy);
  if (chosen !== null) return settle(norm, target, chosen, 'fuzzy');
  return ORPHANED(Math.max(approx?.total ?? 0, found.best?.total ?? 0));
}

/** Maps a normalized candidate back to the real text; exact words at the old range count as anchored. */
function settle(norm: NormalizedText, target: AnchorTarget, c: Scored, status: AnchorStatus): AnchorResult {
  // Anchored means "where it was": keep the stored range even if whitespace folding would widen it.
  const { start, end } = status === 'anchored' ? target.position : rawRange(norm, c.start, c.end);
  if (end <= start) return ORPHANED(c.total);
  let final = status;
  if (status === 'moved' && start === target.position.start && end === target.position.end) {
    final = norm.raw.slice(start, end) === target.quote.exact ? 'anchored' : 'moved';
  }
  return { status: final, position: { start, end }, quote: quoteAt(norm.raw, start, end), score: round(c.total) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
