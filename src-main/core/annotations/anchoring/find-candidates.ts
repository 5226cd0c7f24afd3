// Turns search hits into scored candidates: the best exact occurrence (near the expected place first,
// then the whole text) and the best approximate match (a window first, then seeded regions of the whole text).

import { approxMatches, exactOccurrences, type Match } from './match-quote.ts';
import { better, requiresIntactSide, score, settlesSearch, THRESHOLDS, type Query, type Scored } from './scoring.ts';
import { SEED_LENGTH, type SeedIndex } from './seed-index.ts';
import { alignedExtent, editDistance } from './similarity.ts';

/** Exact search radius around the expected start; covers the drift of typical local edits cheaply. */
const EXACT_RADIUS = 4096;
/**
 * Approximate search radius. Changed words stay where they were, and the expected place is already
 * corrected for earlier shifts (reanchorMany) or found by seeds, so the window can be tight; Myers'
 * cost grows with it.
 */
const APPROX_RADIUS = 128;
/** Occurrences given the full (edit-distance) context check, nearest the expected place first. */
const FULL_CHECKS = 24;
/** Whole-text hits taken per lookup; a piece found more often than this says little about where it came from. */
const MAX_HITS = 64;
const MAX_SEEDS = 12;
const MAX_HITS_PER_SEED = 8;
const MAX_SEED_REGIONS = 16;

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
  const lo = Math.max(0, query.expected - EXACT_RADIUS);
  const near = exactOccurrences(text.slice(lo, query.expected + EXACT_RADIUS + q.length), q).map((at) => at + lo);
  const nearPick = pickBest(text, query, near, accept);
  if (nearPick.accepted !== null && settlesSearch(nearPick.accepted)) return nearPick;
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
 * plus a quarter of the context (acceptance needs one side intact and the other mostly so).
 */
function errorBudget(query: Query): number {
  const quoteBudget = Math.floor(query.quote.length * (1 - THRESHOLDS.fuzzyQuote));
  const contextBudget = Math.ceil(Math.min(query.prefix.length, query.suffix.length) * (1 - THRESHOLDS.otherSide));
  return quoteBudget + contextBudget;
}

/**
 * The quote is searched together with its stored context: approx-string-match reports only the
 * lowest-error matches, and on the quote alone those prefer a partial overlap ("bar attacks" for
 * "The attacks" after an insertion) over the real, edited passage. Context pins both ends.
 */
export function findApprox(search: SearchText, query: Query): Scored | null {
  const { text } = search;
  const pattern = query.prefix + query.quote + query.suffix;
  const budget = errorBudget(query);
  const from = query.expected - query.prefix.length - APPROX_RADIUS;
  const to = query.expected + query.quote.length + query.suffix.length + APPROX_RADIUS;
  const run = (lo: number, hi: number): Match[] => approxMatches(text, pattern, lo, hi, budget, query.quote);
  let best = bestMatch(text, query, run(from, to));
  if (best !== null && best.total >= THRESHOLDS.fuzzyTotal) return best;

  for (const region of seedRegions(search, pattern, query.expected - query.prefix.length, from, to)) {
    best = better(best, bestMatch(text, query, run(region - budget - SEED_LENGTH, region + pattern.length + budget + SEED_LENGTH)));
  }
  return best;
}

/** Where in the whole text the pattern might now start, judged by 16-character pieces of it that survive intact. */
function seedRegions(search: SearchText, pattern: string, expected: number, searchedFrom: number, searchedTo: number): number[] {
  if (pattern.length < SEED_LENGTH) return [];
  const step = Math.max(SEED_LENGTH, Math.floor(pattern.length / MAX_SEEDS));
  const implied: number[] = [];
  for (let offset = 0; offset + SEED_LENGTH <= pattern.length; offset += step) {
    const hits = search.index().lookup(pattern.slice(offset, offset + SEED_LENGTH), MAX_HITS_PER_SEED + 1);
    // A piece found this often ("of the United States") says nothing about where the passage went.
    if (hits.length > MAX_HITS_PER_SEED) continue;
    for (const hit of hits) {
      const start = hit - offset;
      if (start < searchedFrom || start + pattern.length > searchedTo) implied.push(start);
    }
  }
  implied.sort((a, b) => a - b);
  const regions: number[] = [];
  for (const start of implied) {
    const last = regions[regions.length - 1];
    if (last === undefined || start - last > SEED_LENGTH) regions.push(start);
  }
  return regions.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected)).slice(0, MAX_SEED_REGIONS);
}

function bestMatch(text: string, query: Query, matches: readonly Match[]): Scored | null {
  let best: Scored | null = null;
  // Neighbouring match ends usually resolve to the same span; score each span once (the quote's edit
  // distance is the costly part).
  const spans = new Set<number>();
  const consider = (start: number, end: number): void => {
    const key = start * 4096 + (end - start);
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

function scoreSpan(text: string, query: Query, start: number, end: number): Scored {
  const similarity = 1 - editDistance(query.quote, text.slice(start, end)) / query.quote.length;
  return score(text, query, start, end, Math.max(0, similarity));
}
