// What the metadata readers look at: the document's lines minus the ones already judged noise,
// and where its header and lead end (see document-regions.ts).

import type { DocumentRegions } from '../document-regions.ts';

export interface LineView extends DocumentRegions {
  lines: readonly string[];
  removed: ReadonlySet<number>;
}

export interface ContentLine {
  index: number;
  text: string;
}

/** The kept, non-blank lines in [from, to), trimmed. */
export function contentLines(view: LineView, from = 0, to = view.lines.length): ContentLine[] {
  const found: ContentLine[] = [];
  for (let index = Math.max(0, from); index < Math.min(to, view.lines.length); index += 1) {
    const text = (view.lines[index] ?? '').trim();
    if (text !== '' && !view.removed.has(index)) found.push({ index, text });
  }
  return found;
}

/** Lines before the first paragraph of running text: title, site name, credits. */
export function headerLines(view: LineView): ContentLine[] {
  return contentLines(view, 0, view.headerEnd);
}

/** Lines before the second paragraph of running text: bylines and dates may sit after a standfirst. */
export function leadLines(view: LineView): ContentLine[] {
  return contentLines(view, 0, view.leadEnd);
}
