// Edit-distance measures that judge candidates: how well stored context fits each side of a match,
// where aligned context ends, and how far a quote is from a candidate's text (bounded, diagonal-wise).

let rowA = new Int32Array(128);
let rowB = new Int32Array(128);

function ensureRows(size: number): void {
  if (rowA.length >= size) return;
  rowA = new Int32Array(size * 2);
  rowB = new Int32Array(size * 2);
}

/**
 * Last row of the edit-distance table between `pattern` and the text running away from `at`
 * (dir = 1: text[at...], dir = -1: text[...at) read backwards). row[j] = cost when the pattern covers
 * j text characters. Only up to 2·|pattern| characters are considered: beyond that the cost exceeds |pattern|.
 */
function lastRow(pattern: string, text: string, at: number, dir: 1 | -1): { row: Int32Array; width: number } {
  const m = pattern.length;
  const available = dir === 1 ? text.length - at : at;
  const width = Math.max(0, Math.min(available, 2 * m));
  ensureRows(width + 1);
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= width; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const pc = dir === 1 ? pattern.charCodeAt(i - 1) : pattern.charCodeAt(m - i);
    cur[0] = i;
    for (let j = 1; j <= width; j++) {
      const tc = dir === 1 ? text.charCodeAt(at + j - 1) : text.charCodeAt(at - j);
      const diag = (prev[j - 1] ?? 0) + (pc === tc ? 0 : 1);
      const up = (prev[j] ?? 0) + 1;
      const left = (cur[j - 1] ?? 0) + 1;
      cur[j] = diag < up ? (diag < left ? diag : left) : up < left ? up : left;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return { row: prev, width };
}

/** Only the end touching the quote is pinned: each edit costs one wherever it is, and the far end may fall anywhere. */
function anchoredDistance(pattern: string, text: string, at: number, dir: 1 | -1): number {
  const { row, width } = lastRow(pattern, text, at, dir);
  let best = pattern.length;
  for (let j = 0; j <= width; j++) best = Math.min(best, row[j] ?? best);
  return best;
}

/**
 * Empty stored context means the passage touched the edge of the text. A candidate at that edge fits
 * it perfectly; elsewhere it says nothing either way (text may have been added before the passage).
 */
const EDGE_UNKNOWN = 0.5;

/** How well the stored prefix still sits right before `at`, in [0, 1]. */
export function prefixSimilarity(text: string, at: number, prefix: string): number {
  if (prefix.length === 0) return at === 0 ? 1 : EDGE_UNKNOWN;
  if (at >= prefix.length && text.startsWith(prefix, at - prefix.length)) return 1;
  return 1 - anchoredDistance(prefix, text, at, -1) / prefix.length;
}

/** How well the stored suffix still sits right after `at`, in [0, 1]. */
export function suffixSimilarity(text: string, at: number, suffix: string): number {
  if (suffix.length === 0) return at >= text.length ? 1 : EDGE_UNKNOWN;
  if (text.startsWith(suffix, at)) return 1;
  return 1 - anchoredDistance(suffix, text, at, 1) / suffix.length;
}

/** Where `pattern`, aligned starting at `at` (dir 1) or ending at `at` (dir -1), most cheaply stops. */
export function alignedExtent(pattern: string, text: string, at: number, dir: 1 | -1): number {
  const m = pattern.length;
  if (m === 0) return at;
  const { row, width } = lastRow(pattern, text, at, dir);
  // Ties go to the extent closest to the pattern's own length: the least surprising boundary.
  let bestJ = 0;
  let best = Number.POSITIVE_INFINITY;
  for (let j = 0; j <= width; j++) {
    const d = row[j] ?? m;
    if (d < best || (d === best && Math.abs(j - m) < Math.abs(bestJ - m))) {
      best = d;
      bestJ = j;
    }
  }
  return at + dir * bestJ;
}

/**
 * Levenshtein distance between a and b when it is at most `limit`, else limit + 1. Follows diagonals of
 * the edit table, one error count at a time, sliding along runs of equal characters (the O(n + d²)
 * "furthest reaching" scheme of Ukkonen and Myers): a 400-character quote with a few edits costs a few
 * hundred steps, and a hopeless one stops at `limit` instead of filling a 160k-cell table.
 */
export function editDistanceWithin(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  const goal = m - n;
  if (Math.abs(goal) > limit) return limit + 1;
  // reach[k + offset]: furthest row i on diagonal k (column j = i + k) reachable with the current errors.
  const offset = limit + 1;
  let prev = new Int32Array(2 * offset + 1).fill(-1);
  let cur = new Int32Array(2 * offset + 1).fill(-1);
  prev[offset] = slide(a, b, 0, 0);
  if (goal === 0 && (prev[offset] ?? 0) >= n) return 0;
  for (let d = 1; d <= limit; d++) {
    for (let k = -d; k <= d; k++) {
      const same = k > -d && k < d ? (prev[offset + k] ?? -1) : -1;
      const fromLeft = k > -d + 1 ? (prev[offset + k - 1] ?? -1) : -1;
      const fromAbove = k < d - 1 ? (prev[offset + k + 1] ?? -1) : -1;
      // Substitution and deletion advance the row; insertion (from the diagonal to the left) does not.
      let i = Math.max(same >= 0 ? same + 1 : -1, fromLeft, fromAbove >= 0 ? fromAbove + 1 : -1);
      if (i < 0) i = d === -k ? d : k === d ? 0 : -1;
      if (i < 0) continue;
      i = Math.min(i, n, m - k);
      if (i + k < 0) continue;
      cur[offset + k] = slide(a, b, i, i + k);
    }
    if ((cur[offset + goal] ?? -1) >= n) return d;
    const swap = prev;
    prev = cur;
    cur = swap;
    cur.fill(-1);
  }
  return limit + 1;
}

function slide(a: string, b: string, i: number, j: number): number {
  while (i < a.length && j < b.length && a.charCodeAt(i) === b.charCodeAt(j)) {
    i++;
    j++;
  }
  return i;
}
