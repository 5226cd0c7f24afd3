// Highlights drawn into the report's reading text, for any arrangement: whatever overlaps, nests or
// crosses a paragraph break, the markup is balanced, every character shows the colours of exactly the
// highlights over it, each highlight's first piece carries its one id, and each gets one footnote.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Highlight, HighlightColor } from '../../../../src-main/core/annotations/highlight-types.ts';
import { highlightColors } from '../../../../src-main/core/annotations/highlight-types.ts';
import { writeMarkedText } from '../../../../src-main/core/bundles/report/mark-text.ts';
import { paragraphSpans } from '../../../../src-main/core/sources/paragraph-spans.ts';
import { assertBalanced, coloursPerCharacter, parse } from './html-checks.ts';

function highlight(id: string, start: number, end: number, color: HighlightColor): Highlight {
  return { id, sourceId: 's', start, end, exact: '', prefix: '', suffix: '', status: 'anchored', previousExact: null, color, note: '', tags: [], createdAt: '', updatedAt: '' };
}

const textArbitrary = fc
  .array(fc.oneof(fc.constantFrom('a', 'b', ' ', '<', '&', '"', 'é'), fc.constant('\n'), fc.constant('\n\n')), { minLength: 1, maxLength: 80 })
  .map((parts) => parts.join(''));

describe('marking highlights in the reading text', () => {
  it('is well formed and faithful for any overlap, nesting and paragraph crossing', () => {
    // One document for every run: building a jsdom window is the slow part.
    const doc = parse('<div id="r"></div>');
    const root = doc.getElementById('r') as Element;
    fc.assert(
      fc.property(
        textArbitrary.chain((text) =>
          fc.tuple(
            fc.constant(text),
            fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.constantFrom(...highlightColors)), { maxLength: 8 }),
          ),
        ),
        ([text, spans]) => {
          const highlights = spans.filter(([a, b]) => a !== b).map(([a, b, color], i) => highlight(`h${i}`, Math.min(a, b), Math.max(a, b), color));
          const chunks: string[] = [];
          const marked = writeMarkedText(text, highlights, new Map(highlights.map((h, i) => [h.id, i + 1])), (c) => chunks.push(c));
          const html = chunks.join('');
          assertBalanced(html);
          root.innerHTML = html;
          const expected = new Map<number, string>();
          const paragraphs = paragraphSpans(text);
          for (let i = 0; i < text.length; i += 1) {
            // Blank lines between paragraphs are not drawn.
            if (!paragraphs.some((p) => p.start <= i && i < p.end)) continue;
            const over = highlights.filter((h) => (h.start ?? 0) <= i && i < (h.end ?? 0)).map((h) => h.color);
            if (over.length > 0) expected.set(i, over.sort().join('+'));
          }
          expect(coloursPerCharacter(root, text)).toEqual(expected);
          for (const h of highlights) {
            expect(doc.querySelectorAll(`[id="at-${h.id}"]`).length).toBe(marked.has(h.id) ? 1 : 0);
            expect(doc.querySelectorAll(`a.hl-ref[href="#hl-${h.id}"]`).length).toBe(marked.has(h.id) ? 1 : 0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
