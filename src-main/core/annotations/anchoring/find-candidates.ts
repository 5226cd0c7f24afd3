// Turns search hits into scored candidates: the best exact occurrence (near the expected place first,
// then the whole text through the index) and the best approximate match (windows anchored on intact context).

import { approxMatches, exactOccurrences, type Match } from './match-quote.ts';
import { better, requiresIntactSide, score, settlesSearch, THRESHOLDS, type Query, type Scored } from './scoring.ts';
import { SEED_LENGTH, type SeedIndex } from './seed-index.ts';
import { alignedExtent, editDistanceWithin } from './similarity.ts';

/**
 * Exact search radii around the expected start, tried in turn before the whole text: the batch's
 * prediction is usually within a few characters, single calls drift with every edit before the passage.
 */
const EXACT_RADII = [256, 4096];
/** Occurrences given the full (edit-distance) context check, nearest the expected place first. */
const FULL_CHECKS = 24;
/** Whole-text hits taken per lookup before keeping the nearest; bounds the work on boilerplate. */
const MAX_HITS = 1024;
/** Context-anchored regions given the approximate search, nearest the expected place first. */
const MAX_REGIONS = 8;

/** The revised text in comparison form, with its whole-text index built on first use. */
export interface SearchText {
  text: string;
  index(): SeedIndex;
}

export interface ExactSearch {
  /** Best-scoring occurrence that `accept` allows, else null. */
  accepted: Scored | null;
  /** Best-scoring occurrence looked at (for review-as-copy and the orphan score). */
  best: Scored | null;
}

export function findExact(search: SearchText, query: Query, accept: (c: Scored) => boolean): ExactSearch {
  const { text } = search;
  const q = query.quote;
  let nearPick: ExactSearch = { accepted: null, best: null };
  for (const radius of EXACT_RADII) {
    const lo = Math.max(0, query.expected - radius);
    const near = exactOccurrences(text.slice(lo, query.expected + radius + q.length), q).map((at) => at + lo);
    nearPick = pickBest(text, query, near, accept);
    if (nearPick.accepted !== null && settlesSearch(nearPick.accepted)) return nearPick;
  }
  const farPick = pickBest(text, query, wholeTextCandidates(search, query), accept);
  return { accepted: better(nearPick.accepted, farPick.accepted), best: better(nearPick.best, farPick.best) };
}

/**
 * Exact occurrences anywhere that could pass acceptance. Short quotes need an intact side of context,
 * so instead of listing every "the" we look up "prefix + quote" and "quote + suffix" in the index.
 */
function wholeTextCandidates(search: SearchText, query: Query): number[] {
  const { text } = search;
  const q = query.quote;
  const starts = new Set<number>();
  if (!requiresIntactSide(q.length)) {
    if (q.length < SEED_LENGTH) return exactOccurrences(text, q, MAX_HITS);
    for (const at of search.index().lookup(q, MAX_HITS)) if (text.startsWith(q, at)) starts.add(at);
    return [...starts];
  }
  const withPrefix = query.prefix + q;
  const withSuffix = q + query.suffix;
  if (withPrefix.length < SEED_LENGTH || withSuffix.length < SEED_LENGTH) return exactOccurrences(text, q, Infinity);
  for (const at of search.index().lookup(withPrefix, MAX_HITS)) {
    if (text.startsWith(withPrefix, at)) starts.add(at + query.prefix.length);
  }
  for (const at of search.index().lookup(withSuffix, MAX_HITS)) if (text.startsWith(withSuffix, at)) starts.add(at);
  return [...starts];
}

function pickBest(
  text: string,
  query: Query,
  starts: readonly number[],
  accept: (c: Scored) => boolean,
): ExactSearch {
  const n = query.quote.length;
  let chosen = starts;
  if (requiresIntactSide(n)) {
    // Two string comparisons rule out most copies of a short quote before any edit-distance work.
    chosen = chosen.filter(
      (at) => text.startsWith(query.prefix, at - query.prefix.length) || text.startsWith(query.suffix, at + n),
    );
  }
  if (chosen.length > FULL_CHECKS) {
    chosen = [...chosen].sort((a, b) => Math.abs(a - query.expected) - Math.abs(b - query.expected)).slice(0, FULL_CHECKS);
  }
  let best: Scored | null = null;
  let accepted: Scored | null = null;
  for (const start of chosen) {
    const c = score(text, query, start, start + n, 1);
    best = better(best, c);
    if (accept(c)) accepted = better(accepted, c);
  }
  return { accepted, best };
}

/** Whether `quote` occurs more than once anywhere (stops at the second hit). */
export function occursMoreThanOnce(text: string, quote: string): boolean {
  return exactOccurrences(text, quote, 2).length > 1;
}

/**
 * Errors the composite pattern may have and still yield an acceptable candidate: the quote's own budget
 * plus a quarter of the shorter context (acceptance needs one side intact and the other mostly so).
 */
function errorBudget(query: Query): number {
  const quoteBudget = Math.floor(query.quote.length * (1 - THRESHOLDS.fuzzyQuote));
  const contextBudget = Math.ceil(Math.min(query.prefix.length, query.suffix.length) * (1 - THRESHOLDS.otherSide));
  return quoteBudget + contextBudget;
}

/**
 * Approximate match of the quote with changed words. Fuzzy acceptance needs one side of the stored
 * context exactly intact, so every acceptable candidate sits right after an exact copy of the prefix or
 * right before one of the suffix: those copies (found through the index, anywhere in the text) anchor
 * small windows, and only there does the costly approximate search run.
 *
 * Within a window the quote is searched together with its context: approx-string-match reports only
 * the lowest-error matches, and on the quote alone those prefer a partial overlap ("bar attacks" for
 * "The attacks" after an insertion) over the real, edited passage. Context pins both ends.
 */
export function findApprox(search: SearchText, query: Query): Scored | null {
  const { text } = search;
  const n = query.quote.length;
  const starts = query.prefix === '' ? [0] : occurrencesOf(search, query.prefix).map((at) => at + query.prefix.length);
  const ends = query.suffix === '' ? [text.length] : occurrencesOf(search, query.suffix);

  // Both sides intact (the usual case: words changed inside the passage): the span between them is the
  // candidate, no alignment needed.
  const spread = quoteLimit(n);
  let best: Scored | null = null;
  for (const start of nearestFirst(starts, query.expected).slice(0, MAX_REGIONS)) {
    for (const end of ends) {
      if (end - start >= n - spread && end - start <= n + spread && end > start) {
        best = better(best, scoreSpan(text, query, start, end));
      }
    }
  }
  if (best !== null && best.total >= THRESHOLDS.fuzzyTotal && best.prefix >= 1 && best.suffix >= 1) return best;

  // One side intact: align the whole composite in a small window around it.
  const pattern = query.prefix + query.quote + query.suffix;
  const budget = errorBudget(query);
  const slack = budget + 8;
  const implied = [...starts.map((at) => at - query.prefix.length), ...ends.map((at) => at - n - query.prefix.length)];
  for (const start of regionsOf(implied, query.expected - query.prefix.length, n)) {
    const matches = approxMatches(text, pattern, start - slack, start + pattern.length + slack, budget, query.quote);
    best = better(best, bestMatch(text, query, matches));
  }
  return best;
}

function nearestFirst(positions: readonly number[], expected: number): number[] {
  return [...positions].sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected));
}

/** Distinct windows (a prefix and a suffix hit of one passage imply nearly the same start), nearest first. */
function regionsOf(implied: number[], expected: number, quoteLength: number): number[] {
  implied.sort((a, b) => a - b);
  const regions: number[] = [];
  for (const start of implied) {
    const last = regions[regions.length - 1];
    if (last === undefined || start - last > quoteLength / 2 + SEED_LENGTH) regions.push(start);
  }
  return nearestFirst(regions, expected).slice(0, MAX_REGIONS);
}

function occurrencesOf(search: SearchText, piece: string): number[] {
  if (piece.length < SEED_LENGTH) return exactOccurrences(search.text, piece, MAX_HITS);
  return search.index().lookup(piece, MAX_HITS);
}

function bestMatch(text: string, query: Query, matches: readonly Match[]): Scored | null {
  let best: Scored | null = null;
  // Neighbouring match ends usually resolve to the same span; score each span once (the quote's edit
  // distance is the costly part).
  const spans = new Set<string>();
  const consider = (start: number, end: number): void => {
    const key = `${start}:${end}`;
    if (end <= start || spans.has(key)) return;
    spans.add(key);
    best = better(best, scoreSpan(text, query, start, end));
  };
  for (const m of matches) {
    // The match covers context + quote; the quote lies where the aligned prefix ends and suffix begins.
    const start = alignedExtent(query.prefix, text, m.start, 1);
    const end = alignedExtent(query.suffix, text, m.end, -1);
    consider(start, end);
    // Empty stored context means the passage touched the edge of the text; with nothing to pin that end,
    // the lowest-error match may start or stop short of it, so the edge itself is tried too.
    if (query.prefix === '' && start > 0) consider(0, end);
    if (query.suffix === '' && end < text.length) consider(start, text.length);
  }
  return best;
}

/** Edit distance beyond which a changed quote can no longer be accepted as fuzzy. */
function quoteLimit(quoteLength: number): number {
  return Math.floor(quoteLength * (1 - THRESHOLDS.fuzzyQuote)) + 1;
}

function scoreSpan(text: string, query: Query, start: number, end: number): Scored {
  const n = query.quote.length;
  // Context first: without it no fuzzy match is accepted, and the quote's distance is the costly part.
  const context = score(text, query, start, end, 0);
  if (Math.max(context.prefix, context.suffix) < 1) return context;
  const limit = quoteLimit(n);
  const similarity = 1 - editDistanceWithin(query.quote, text.slice(start, end), limit) / n;
  return score(text, query, start, end, Math.max(0, similarity));
}
