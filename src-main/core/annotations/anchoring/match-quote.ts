// Search primitives over normalized text: exact occurrences and approximate matches (approx-string-match,
// Myers' bit-parallel algorithm, the library the Hypothesis client anchors with).

import approxSearch from 'approx-string-match';

export interface Match {
  start: number;
  end: number;
  /** Edit operations between the pattern and text[start, end). */
  errors: number;
}

/** Starts of `quote` in `text`, in order, at most `limit`. */
export function exactOccurrences(text: string, quote: string, limit = Number.POSITIVE_INFINITY): number[] {
  const starts: number[] = [];
  let at = text.indexOf(quote);
  while (at !== -1 && starts.length < limit) {
    starts.push(at);
    at = text.indexOf(quote, at + 1);
  }
  return starts;
}

/**
 * Lowest-error approximate matches of `pattern` within text[from, to). Exact copies of `masked` in the
 * window are blanked first: they were already judged (and rejected) by the exact search, and because
 * approx-string-match only reports the minimum error count, a copy would hide the edited original.
 */
export function approxMatches(text: string, pattern: string, from: number, to: number, maxErrors: number, masked: string): Match[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi <= lo || pattern.length === 0) return [];
  let window = text.slice(lo, hi);
  if (masked.length > 0 && window.includes(masked)) window = window.replaceAll(masked, '\u0000'.repeat(masked.length));
  const seen = new Set<string>();
  const out: Match[] = [];
  for (const m of approxSearch(window, pattern, maxErrors)) {
    // The library reports each end position; several ends often share one start.
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start: m.start + lo, end: m.end + lo, errors: m.errors });
  }
  return out;
}

