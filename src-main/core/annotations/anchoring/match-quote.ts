// Search primitives over normalized text: exact occurrences and approximate matches (approx-string-match,
// Myers' bit-parallel algorithm, the library the Hypothesis client anchors with).

import approxSearch from 'approx-string-match';

export interface Match {
  start: number;
  end: number;
  /** Edit operations between the pattern and text[start, end); 0 for exact occurrences. */
  errors: number;
}

/** Starts of `quote` in text beginning within [from, to], nearest-first order is left to the caller. */
export function exactOccurrences(text: string, quote: string, from: number, to: number, limit: number): number[] {
  const starts: number[] = [];
  let at = text.indexOf(quote, Math.max(0, from));
  while (at !== -1 && at <= to && starts.length < limit) {
    starts.push(at);
    at = text.indexOf(quote, at + 1);
  }
  return starts;
}

/**
 * Lowest-error approximate matches of `pattern` whose text lies in [from, to). Exact occurrences listed in
 * `masked` are blanked first: approx-string-match only reports the minimum error count, so an exact copy
 * elsewhere in the window would otherwise hide the edited original we are looking for.
 */
export function approxMatches(
  text: string,
  pattern: string,
  from: number,
  to: number,
  maxErrors: number,
  masked: readonly number[] = [],
  maskLength = 0,
): Match[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi - lo <= 0 || pattern.length === 0) return [];
  let window = text.slice(lo, hi);
  for (const start of masked) {
    const a = Math.max(0, start - lo);
    const b = Math.min(window.length, start + maskLength - lo);
    if (b > a) window = window.slice(0, a) + '\u0000'.repeat(b - a) + window.slice(b);
  }
  const seen = new Set<string>();
  const out: Match[] = [];
  for (const m of approxSearch(window, pattern, maxErrors)) {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start: m.start + lo, end: m.end + lo, errors: m.errors });
  }
  return out;
}
