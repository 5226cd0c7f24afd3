// Turns search hits into scored candidates: the best exact occurrence (near the expected place first,
// then the whole text) and the best approximate match (a window first, then seeded regions of the whole text).

import { approxMatches, exactOccurrences, type Match } from './match-quote.ts';
import { better, score, settlesSearch, THRESHOLDS, type Query, type Scored } from './scoring.ts';
import { alignedExtent, editDistance } from './similarity.ts';

/** Exact search radius around the expected start; covers the drift of typical local edits cheaply. */
const EXACT_RADIUS = 4096;
/** Approximate search radius; Myers' cost grows with it, and moved passages are found by exact search. */
const APPROX_RADIUS = 1024;
/** Copies of a quote considered at most; a quote this common can only be told apart by context anyway. */
const MAX_OCCURRENCES = 100_000;
/** Occurrences given the full (edit-distance) context check, chosen by cheap exact context runs. */
const FULL_CHECKS = 24;
const SEED_LENGTH = 16;
const MAX_SEEDS = 12;
const MAX_HITS_PER_SEED = 8;
const MAX_SEED_REGIONS = 16;

export interface ExactSearch {
  /** Best-scoring occurrence that `accept` allows, else null. */
  accepted: Scored | null;
  /** Best-scoring occurrence of all (for review-as-copy and the orphan score). */
  best: Scored | null;
  /** Normalized starts of the exact occurrences looked at (to mask them in the approximate search). */
  starts: number[];
  /** How many exact occurrences the text holds, when the whole text was searched; -1 otherwise. */
  total: number;
}

export function findExact(text: string, query: Query, accept: (c: Scored) => boolean): ExactSearch {
  const q = query.quote;
  const near = exactOccurrences(text, q, query.expected - EXACT_RADIUS, query.expected + EXACT_RADIUS, MAX_OCCURRENCES);
  const nearPick = pickBest(text, query, near, accept);
  if (nearPick.accepted !== null && settlesSearch(nearPick.accepted)) return { ...nearPick, starts: near, total: -1 };
  const all = exactOccurrences(text, q, 0, text.length, MAX_OCCURRENCES);
  const allPick = pickBest(text, query, all, accept);
  return {
    accepted: better(nearPick.accepted, allPick.accepted),
    best: better(nearPick.best, allPick.best),
    starts: all,
    total: all.length,
  };
}

/** Common characters running outwards from the quote: a cheap stand-in for context similarity. */
function contextRun(text: string, query: Query, start: number): number {
  const { prefix, suffix } = query;
  let left = 0;
  while (left < prefix.length && text.charCodeAt(start - 1 - left) === prefix.charCodeAt(prefix.length - 1 - left)) left++;
  const end = start + query.quote.length;
  let right = 0;
  while (right < suffix.length && text.charCodeAt(end + right) === suffix.charCodeAt(right)) right++;
  return left + right;
}

function pickBest(
  text: string,
  query: Query,
  starts: readonly number[],
  accept: (c: Scored) => boolean,
): { accepted: Scored | null; best: Scored | null } {
  let chosen: readonly number[] = starts;
  if (starts.length > FULL_CHECKS) {
    // Full checks cost ~2k steps each and a common word can occur thousands of times; only occurrences
    // with long exact context runs can pass the acceptance rules anyway.
    chosen = starts
      .map((start) => ({ start, run: contextRun(text, query, start), gap: Math.abs(start - query.expected) }))
      .sort((a, b) => b.run - a.run || a.gap - b.gap)
      .slice(0, FULL_CHECKS)
      .map((o) => o.start);
  }
  let best: Scored | null = null;
  let accepted: Scored | null = null;
  for (const start of chosen) {
    const c = score(text, query, start, start + query.quote.length, 1);
    best = better(best, c);
    if (accept(c)) accepted = better(accepted, c);
  }
  return { accepted, best };
}

/**
 * Errors the composite pattern may have and still yield an acceptable candidate: the quote's own budget
 * plus one whole side of context (acceptance needs only one side intact when the match is near).
 */
function errorBudget(query: Query): number {
  const quoteBudget = Math.floor(query.quote.length * (1 - THRESHOLDS.fuzzyQuote));
  return quoteBudget + Math.max(query.prefix.length, query.suffix.length);
}

/**
 * The quote is searched together with its stored context: approx-string-match reports only the
 * lowest-error matches, and on the quote alone those prefer a partial overlap ("bar attacks" for
 * "The attacks" after an insertion) over the real, edited passage. Context pins both ends.
 */
export function findApprox(text: string, query: Query, exactStarts: readonly number[]): Scored | null {
  const pattern = query.prefix + query.quote + query.suffix;
  const budget = errorBudget(query);
  const from = query.expected - query.prefix.length - APPROX_RADIUS;
  const to = query.expected + query.quote.length + query.suffix.length + APPROX_RADIUS;
  const search = (lo: number, hi: number): Match[] =>
    approxMatches(text, pattern, lo, hi, budget, exactStarts, query.quote.length);
  let best = bestMatch(text, query, search(from, to));
  if (best !== null && best.total >= THRESHOLDS.fuzzyTotal) return best;

  for (const region of seedRegions(text, pattern, query.expected - query.prefix.length, from, to)) {
    best = better(best, bestMatch(text, query, search(region - budget - SEED_LENGTH, region + pattern.length + budget + SEED_LENGTH)));
  }
  return best;
}

function seedRegions(text: string, pattern: string, expected: number, searchedFrom: number, searchedTo: number): number[] {
  const step = Math.max(SEED_LENGTH, Math.floor(pattern.length / MAX_SEEDS));
  const seeds: number[] = [];
  for (let offset = 0; offset + SEED_LENGTH <= pattern.length; offset += step) {
    // A few edits leave most short pieces of a passage intact; pieces that occur too often say nothing.
    const hits = exactOccurrences(text, pattern.slice(offset, offset + SEED_LENGTH), 0, text.length, MAX_HITS_PER_SEED + 1);
    if (hits.length > MAX_HITS_PER_SEED) continue;
    for (const hit of hits) {
      const implied = hit - offset;
      if (implied >= searchedFrom && implied + pattern.length <= searchedTo) continue;
      seeds.push(implied);
    }
  }
  seeds.sort((a, b) => a - b);
  const regions: number[] = [];
  for (const s of seeds) {
    const last = regions[regions.length - 1];
    if (last === undefined || s - last > SEED_LENGTH) regions.push(s);
  }
  return regions.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected)).slice(0, MAX_SEED_REGIONS);
}

function bestMatch(text: string, query: Query, matches: readonly Match[]): Scored | null {
  let best: Scored | null = null;
  for (const m of matches) {
    // The match covers context + quote; the quote lies where the aligned prefix ends and suffix begins.
    const start = alignedExtent(query.prefix, text, m.start, 1);
    const end = alignedExtent(query.suffix, text, m.end, -1);
    best = better(best, scoreSpan(text, query, start, end));
    // Empty stored context means the passage touched the edge of the text; with nothing to pin that end,
    // the lowest-error match may start or stop short of it, so the edge itself is tried too.
    if (query.prefix === '' && start > 0) best = better(best, scoreSpan(text, query, 0, end));
    if (query.suffix === '' && end < text.length) best = better(best, scoreSpan(text, query, start, text.length));
  }
  return best;
}

function scoreSpan(text: string, query: Query, start: number, end: number): Scored | null {
  if (end <= start) return null;
  const similarity = 1 - editDistance(query.quote, text.slice(start, end)) / query.quote.length;
  return score(text, query, start, end, Math.max(0, similarity));
}
