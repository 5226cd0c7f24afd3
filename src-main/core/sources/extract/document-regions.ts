// Where a document's opening parts end. Metadata read from the opening is trusted; the same
// words in the body ("By May, …", a date in a sentence, a chart's "Source:") are not.

import { isBlank, isProse } from './line-shape.ts';

export interface DocumentRegions {
  /** One past the header: everything before the first paragraph of running text. */
  headerEnd: number;
  /**
   * One past the lead: everything before the second paragraph of running text. A standfirst
   * often comes before the byline and date, so bylines and dates are looked for this far.
   */
  leadEnd: number;
}

// Neither region is allowed to swallow a document that has no long paragraphs at all.
const MAX_OPENING_LINES = 20;

export function documentRegions(lines: readonly string[], removed: ReadonlySet<number> = new Set()): DocumentRegions {
  let headerEnd: number | null = null;
  let nonBlank = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (isBlank(line) || removed.has(index)) continue;
    nonBlank += 1;
    if (nonBlank > MAX_OPENING_LINES) return { headerEnd: headerEnd ?? index, leadEnd: index };
    if (!isProse(line)) continue;
    if (headerEnd !== null) return { headerEnd, leadEnd: index };
    headerEnd = index;
  }
  return { headerEnd: headerEnd ?? lines.length, leadEnd: lines.length };
}

/** Index where the document's closing part begins: its last few non-blank lines. */
export function footerStart(lines: readonly string[], nonBlankLines: number): number {
  let seen = 0;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    if (isBlank(lines[index] ?? '')) continue;
    seen += 1;
    if (seen === nonBlankLines) return index;
  }
  return 0;
}
