// The reader's selection arithmetic without a DOM: boundaries (inside a paragraph
// or between them) to reading-text offsets, offsets back to paragraphs, hit-testing
// and the paint lanes for overlapping highlights.

import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src-renderer/reader/paragraphs.ts';
import {
  assignLanes,
  innermostAt,
  locateOffset,
  selectionToOffsets,
  trimWhitespace,
  type ParagraphSpan,
} from '../../../src-renderer/highlights/selection-offsets.ts';

const text = 'Header line\n\nFirst paragraph here.\nSecond line of it.\n\n\nLast one.';
const spans: ParagraphSpan[] = splitParagraphs(text).map((p) => ({ start: p.start, length: p.text.length }));
const [header, first, last] = spans as [ParagraphSpan, ParagraphSpan, ParagraphSpan];

describe('selectionToOffsets', () => {
  it('maps a selection inside one paragraph', () => {
    const range = selectionToOffsets(spans, { kind: 'inside', paragraph: 1, offset: 6 }, { kind: 'inside', paragraph: 1, offset: 15 });
    expect(range).toEqual({ start: first.start + 6, end: first.start + 15 });
    expect(text.slice(range?.start, range?.end)).toBe('paragraph');
  });

  it('maps a selection spanning paragraphs, including the blank lines between them', () => {
    const range = selectionToOffsets(spans, { kind: 'inside', paragraph: 0, offset: 7 }, { kind: 'inside', paragraph: 2, offset: 4 });
    expect(text.slice(range?.start, range?.end)).toBe('line\n\nFirst paragraph here.\nSecond line of it.\n\n\nLast');
  });

  it('clips a selection that starts above the text (the title) to the first paragraph', () => {
    const range = selectionToOffsets(spans, { kind: 'between', before: 0 }, { kind: 'inside', paragraph: 0, offset: 6 });
    expect(range).toEqual({ start: header.start, end: header.start + 6 });
  });

  it('clips a selection that ends below the text to the last paragraph', () => {
    const range = selectionToOffsets(spans, { kind: 'inside', paragraph: 2, offset: 5 }, { kind: 'between', before: 3 });
    expect(text.slice(range?.start, range?.end)).toBe('one.');
  });

  it('treats boundaries between paragraphs as the nearest paragraph edge', () => {
    const range = selectionToOffsets(spans, { kind: 'between', before: 1 }, { kind: 'between', before: 2 });
    expect(range).toEqual({ start: first.start, end: first.start + first.length });
  });

  it('returns null when the selection covers no text', () => {
    expect(selectionToOffsets(spans, { kind: 'between', before: 0 }, { kind: 'between', before: 0 })).toBeNull();
    expect(selectionToOffsets(spans, { kind: 'between', before: 3 }, { kind: 'between', before: 3 })).toBeNull();
    expect(selectionToOffsets(spans, { kind: 'between', before: 2 }, { kind: 'between', before: 2 })).toBeNull();
    expect(selectionToOffsets([], { kind: 'between', before: 0 }, { kind: 'between', before: 0 })).toBeNull();
  });

  it('clamps offsets past a paragraph’s end, and accepts a backwards pair', () => {
    const range = selectionToOffsets(spans, { kind: 'inside', paragraph: 2, offset: 99 }, { kind: 'inside', paragraph: 2, offset: 5 });
    expect(text.slice(range?.start, range?.end)).toBe('one.');
  });

  it('trims whitespace at the edges when given the text', () => {
    const range = selectionToOffsets(spans, { kind: 'inside', paragraph: 1, offset: 5 }, { kind: 'inside', paragraph: 1, offset: 16 }, text);
    expect(text.slice(range?.start, range?.end)).toBe('paragraph');
    expect(trimWhitespace(text, { start: 11, end: 13 })).toBeNull();
  });
});

describe('locateOffset', () => {
  it('finds the paragraph and the offset inside it', () => {
    expect(locateOffset(spans, first.start + 3, 'start')).toEqual({ paragraph: 1, offset: 3 });
    expect(locateOffset(spans, last.start + last.length, 'end')).toEqual({ paragraph: 2, offset: last.length });
  });

  it('moves offsets in the blank lines to the nearest drawn character', () => {
    const gap = header.start + header.length + 1;
    expect(locateOffset(spans, gap, 'start')).toEqual({ paragraph: 1, offset: 0 });
    expect(locateOffset(spans, gap, 'end')).toEqual({ paragraph: 0, offset: header.length });
    expect(locateOffset(spans, first.start, 'end')).toEqual({ paragraph: 0, offset: header.length });
    expect(locateOffset(spans, text.length + 5, 'start')).toBeNull();
  });
});

describe('innermostAt and assignLanes', () => {
  const outer = { id: 'outer', start: 0, end: 30 };
  const inner = { id: 'inner', start: 10, end: 20 };
  const apart = { id: 'apart', start: 40, end: 50 };

  it('picks the innermost highlight at a character, or none', () => {
    expect(innermostAt([outer, inner, apart], 12)?.id).toBe('inner');
    expect(innermostAt([outer, inner, apart], 25)?.id).toBe('outer');
    expect(innermostAt([outer, inner, apart], 30)).toBeNull();
    expect(innermostAt([outer, inner, apart], 35)).toBeNull();
  });

  it('puts overlapping highlights in different lanes and reuses free lanes', () => {
    const lanes = assignLanes([inner, apart, outer], 3);
    expect(lanes.get('outer')).toBe(0);
    expect(lanes.get('inner')).toBe(1);
    expect(lanes.get('apart')).toBe(0);
  });

  it('caps the number of lanes', () => {
    const stack = [0, 1, 2, 3, 4].map((i) => ({ id: `h${i}`, start: i, end: 100 - i }));
    expect(Math.max(...assignLanes(stack, 3).values())).toBe(2);
  });
});
