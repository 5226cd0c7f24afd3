// The reading text as HTML with its highlights marked. Overlapping and nested highlights are cut into
// segments at every boundary; each segment opens the marks of the highlights covering it (outermost
// first) and closes them again, so the markup is always well formed and the colours stack.

import type { Highlight } from '../../annotations/highlight-types.ts';
import { highlightColors } from '../../annotations/highlight-types.ts';
import { paragraphSpans } from '../../sources/paragraph-spans.ts';
import { anchorId, escapeHtml, oneOf } from './escape-html.ts';

interface Placed {
  id: string;
  start: number;
  end: number;
  color: string;
  fuzzy: boolean;
  number: number;
  /** Where its footnote number goes: its end, or the end of the last paragraph it reaches. */
  refAt: number;
}

/**
 * Writes the text paragraph by paragraph (blank lines apart); `numbers` gives each highlight its
 * footnote number. Returns the ids of the highlights it marked (a highlight on blank lines only is not).
 */
export function writeMarkedText(text: string, highlights: readonly Highlight[], numbers: ReadonlyMap<string, number>, write: (chunk: string) => void): Set<string> {
  const paragraphs = paragraphSpans(text);
  const placed: Placed[] = [];
  for (const h of highlights) {
    if (h.start === null || h.end === null || h.status === 'orphaned') continue;
    const start = Math.max(0, Math.min(h.start, text.length));
    const end = Math.max(start, Math.min(h.end, text.length));
    const last = lastParagraphBefore(paragraphs, end);
    if (last === undefined || last.end <= start) continue;
    const refAt = Math.min(end, last.end);
    placed.push({ id: h.id, start, end, color: oneOf(h.color, highlightColors, 'yellow'), fuzzy: h.status === 'fuzzy', number: numbers.get(h.id) ?? 0, refAt });
  }
  // Outermost first: earlier start, then longer.
  placed.sort((a, b) => a.start - b.start || b.end - a.end || a.number - b.number);
  // One pass over paragraphs and highlights together: a long text with many highlights stays linear.
  let next = 0;
  let active: Placed[] = [];
  const opened = new Set<string>();
  for (const paragraph of paragraphs) {
    while (next < placed.length && (placed[next] as Placed).start < paragraph.end) active.push(placed[next++] as Placed);
    active = active.filter((p) => p.end > paragraph.start);
    write('<p>');
    writeParagraph(text, paragraph, active, opened, write);
    write('</p>\n');
  }
  return new Set(placed.map((p) => p.id));
}

/** The last paragraph starting before `offset` (binary search: paragraphs are in order). */
function lastParagraphBefore(paragraphs: readonly { start: number; end: number }[], offset: number): { start: number; end: number } | undefined {
  let low = 0;
  let high = paragraphs.length - 1;
  let found: { start: number; end: number } | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const paragraph = paragraphs[middle] as { start: number; end: number };
    if (paragraph.start < offset) {
      found = paragraph;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function writeParagraph(
  text: string,
  paragraph: { start: number; end: number },
  inside: readonly Placed[],
  opened: Set<string>,
  write: (chunk: string) => void,
): void {
  const cuts = new Set<number>([paragraph.start, paragraph.end]);
  for (const p of inside) {
    cuts.add(Math.max(p.start, paragraph.start));
    cuts.add(Math.min(p.end, paragraph.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const covering = inside.filter((p) => p.start <= from && p.end >= to);
    let html = escapeHtml(text.slice(from, to));
    for (let k = covering.length - 1; k >= 0; k -= 1) {
      const p = covering[k] as Placed;
      // The first piece of a highlight carries its id, so the list below can link back to it.
      const id = opened.has(p.id) ? '' : ` id="${anchorId('at', p.id)}"`;
      opened.add(p.id);
      html = `<mark class="hl hl-${p.color}${p.fuzzy ? ' hl-fuzzy' : ''}"${id}>${html}</mark>`;
    }
    write(html);
    // A footnote number where a highlight ends, linking to its entry in the list.
    for (const p of inside) {
      if (p.refAt === to) {
        write(`<a class="hl-ref" href="#${anchorId('hl', p.id)}">${p.number}</a>`);
      }
    }
  }
}
