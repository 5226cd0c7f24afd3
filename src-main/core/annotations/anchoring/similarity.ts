// Edit-distance similarities used to judge candidates: context fit on each side of a match and the
// closeness of two short strings. Small dynamic programmes; inputs are bounded (context ≤ 32, quotes ≤ a window).

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

/** The far end floats, so context that grew or shrank away from the highlight costs nothing extra. */
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

/** Plain Levenshtein distance between two short strings (a quote and one candidate's text). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // lastRow only looks 2·|pattern| characters ahead, so let the longer string play the text when it is
  // that much longer (the distance is symmetric).
  const [pattern, text] = b.length > 2 * a.length ? [b, a] : [a, b];
  const { row } = lastRow(pattern, text, 0, 1);
  return row[text.length] ?? pattern.length;
}
