// Where a document's header ends: the stretch before the body where titles, bylines, dates
// and site names sit. Metadata read from the header is trusted; the same words in the body are not.

import { isBlank, isProse } from './line-shape.ts';

const MAX_HEADER_LINES = 20;

/**
 * Index one past the header. The header runs until the second paragraph of running text
 * (the first is often a standfirst or a dateline paragraph that still sits among header lines),
 * and never over more than MAX_HEADER_LINES non-blank lines.
 */
export function headerEnd(lines: readonly string[], removed: ReadonlySet<number> = new Set()): number {
  let prose = 0;
  let nonBlank = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (isBlank(line) || removed.has(index)) continue;
    nonBlank += 1;
    if (isProse(line)) prose += 1;
    if (prose === 2 || nonBlank > MAX_HEADER_LINES) return index;
  }
  return lines.length;
}

/** Index where the document's closing part begins: the last few non-blank lines. */
export function footerStart(lines: readonly string[], nonBlankLines = 8): number {
  let seen = 0;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    if (isBlank(lines[index] ?? '')) continue;
    seen += 1;
    if (seen === nonBlankLines) return index;
  }
  return 0;
}
