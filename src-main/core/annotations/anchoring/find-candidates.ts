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
  best: Scored | null;
  /** Normalized starts of the exact occurrences looked at (to mask them in the approximate search). */
  starts: number[];
  /** How many exact occurrences the text holds, when the whole text was searched; -1 otherwise. */
  total: number;
}

export function findExact(text: string, query: Query): ExactSearch {
  const q = query.quote;
  const near = exactOccurrences(text, q, query.expected - EXACT_RADIUS, query.expected + EXACT_RADIUS, MAX_OCCURRENCES);
  const nearBest = bestOf(text, query, near);
  if (nearBest !== null && settlesSearch(nearBest)) return { best: nearBest, starts: near, total: -1 };
  const all = exactOccurrences(text, q, 0, text.length, MAX_OCCURRENCES);
  return { best: better(nearBest, bestOf(text, query, all)), starts: all, total: all.length };
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

function bestOf(text: string, query: Query, starts: readonly number[]): Scored | null {
  let chosen: readonly number[] = starts;
  if (starts.length > FULL_CHECKS) {
    // Full checks cost ~2k steps each; a common word can occur thousands of times.
    chosen = starts
      .map((start) => ({ start, run: contextRun(text, query, start), gap: Math.abs(start - query.expected) }))
      .sort((a, b) => b.run - a.run || a.gap - b.gap)
      .slice(0, FULL_CHECKS)
      .map((o) => o.start);
  }
  let best: Scored | null = null;
  for (const start of chosen) best = better(best, score(text, query, start, start + query.quote.length, 1));
  return best;
}

/** Errors allowed for a pattern: what the fuzzy acceptance rule could still accept, and no more. */
function errorBudget(length: number): number {
  return Math.floor(length * (1 - THRESHOLDS.fuzzyQuote));
}

export function findApprox(text: string, query: Query, exactStarts: readonly number[]): Scored | null {
  const short = query.quote.length < THRESHOLDS.shortQuote;
  // A short quote matches approximately almost anywhere; searching it together with its context makes
  // the context, not the handful of letters, pick the place.
  const pattern = short ? query.prefix + query.quote + query.suffix : query.quote;
  const budget = errorBudget(pattern.length);
  const from = query.expected - APPROX_RADIUS - (short ? query.prefix.length : 0);
  const to = query.expected + pattern.length + APPROX_RADIUS;
  const mask = (lo: number, hi: number): Match[] =>
    approxMatches(text, pattern, lo, hi, budget, exactStarts, query.quote.length);
  let best = bestMatch(text, query, mask(from, to), short);
  if (best !== null && best.total >= THRESHOLDS.fuzzyTotal) return best;

  for (const region of seedRegions(text, pattern, query.expected, from, to)) {
    const matches = mask(region - budget - SEED_LENGTH, region + pattern.length + budget + SEED_LENGTH);
    best = better(best, bestMatch(text, query, matches, short));
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

function bestMatch(text: string, query: Query, matches: readonly Match[], short: boolean): Scored | null {
  let best: Scored | null = null;
  const q = query.quote;
  for (const m of matches) {
    let start = m.start;
    let end = m.end;
    let similarity = 1 - m.errors / q.length;
    if (short) {
      // The match covers context + quote; find where the quote itself now begins and ends.
      start = alignedExtent(query.prefix, text, m.start, 1);
      end = alignedExtent(query.suffix, text, m.end, -1);
      if (end <= start) continue;
      similarity = 1 - editDistance(q, text.slice(start, end)) / q.length;
    }
    if (end <= start) continue;
    best = better(best, score(text, query, start, end, Math.max(0, similarity)));
  }
  return best;
}
