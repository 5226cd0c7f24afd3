// Re-anchoring on generated documents, highlights and edits (insert, delete,
// replace, move a paragraph), through the operations a user's edit takes.
//
// "A highlight is attached to its own words" means, precisely:
//  1. anchored or moved (the silent statuses): the text at its position equals
//     its stored quote, and that quote equals the words it had before the edit
//     up to whitespace and quote-mark folding (the only liberty "moved" takes);
//  2. when the edit left every character of the highlighted span untouched
//     (and the span's words plus context occur once in the new text), its
//     words sit on exactly those characters, found through the edit's own
//     index map, not on another copy of the same words (a space at either
//     edge may fold into a neighbouring space, as in 1);
//  3. fuzzy: the text at its position equals its quote, and previous_exact
//     keeps the words it had before (for the user to compare);
//  4. nothing is deleted: the same highlights exist after every edit.

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH } from '../../../src-main/core/annotations/anchoring/index.ts';
import type { Highlight } from '../../../src-main/core/annotations/highlight-types.ts';
import { normalizeToLines } from '../../../src-main/core/sources/extract/normalize-text.ts';
import { freshCore, importText, readingText, unwrap } from '../core-harness.ts';
import { assertCounted } from './counted-property.ts';

const core = freshCore();
afterAll(() => core.close());

const vocabulary = ['the', 'embassy', 'was', 'attacked', 'on', 'Tuesday', 'officials', 'said', 'rockets', 'hit', '“three”', 'people', "don’t", 'Baghdad', 'green', 'zone', 'and'];
const word = fc.constantFrom(...vocabulary);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
const paragraphs = fc.array(sentence, { minLength: 2, maxLength: 8 });

type Edit =
  | { kind: 'insert'; at: number; words: string }
  | { kind: 'delete'; from: number; length: number }
  | { kind: 'replace'; from: number; length: number; words: string }
  | { kind: 'move'; paragraph: number; to: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), words: sentence }),
  fc.record({ kind: fc.constant('delete' as const), from: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('replace' as const), from: fc.nat(), length: fc.integer({ min: 1, max: 30 }), words: sentence }),
  fc.record({ kind: fc.constant('move' as const), paragraph: fc.nat(), to: fc.nat() }),
);

interface Applied {
  text: string;
  /** map[i] = where old character i is now, or -1 when the edit removed or rewrote it. */
  map: Int32Array;
}

function identity(length: number): Int32Array {
  return Int32Array.from({ length }, (_, i) => i);
}

function splice(text: string, from: number, length: number, inserted: string): Applied {
  const map = identity(text.length);
  for (let i = 0; i < text.length; i += 1) map[i] = i < from ? i : i < from + length ? -1 : i - length + inserted.length;
  return { text: text.slice(0, from) + inserted + text.slice(from + length), map };
}

function applyEdit(text: string, e: Edit): Applied {
  switch (e.kind) {
    case 'insert': {
      // At the start of a word, so the edit never leaves a trailing space for normalization to eat.
      const starts = [0, ...[...text.matchAll(/[ \n]/g)].map((m) => (m.index ?? 0) + 1)];
      return splice(text, starts[e.at % starts.length] ?? 0, 0, `${e.words} `);
    }
    case 'delete':
      return splice(text, e.from % text.length, Math.min(e.length, text.length - (e.from % text.length)), '');
    case 'replace':
      return splice(text, e.from % text.length, Math.min(e.length, text.length - (e.from % text.length)), e.words);
    case 'move': {
      const lines = text.split('\n');
      const from = e.paragraph % lines.length;
      const starts = lines.map((_, i) => lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0));
      const order = lines.map((_, i) => i).filter((i) => i !== from);
      order.splice(e.to % (order.length + 1), 0, from);
      const map = identity(text.length).fill(-1);
      let at = 0;
      for (const index of order) {
        const start = starts[index] ?? 0;
        for (let k = 0; k < (lines[index] ?? '').length; k += 1) map[start + k] = at + k;
        at += (lines[index] ?? '').length + 1;
      }
      return { text: order.map((i) => lines[i]).join('\n'), map };
    }
  }
}

/** Whitespace and quote marks folded, as anchoring compares words. */
function folded(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"');
}

function listOf(sourceId: string): Highlight[] {
  return unwrap(core.call('annotations.list', { sourceId, limit: 10_000 })).rows;
}

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) count += 1;
  return count;
}

function checkStep(before: Highlight[], after: Highlight[], applied: Applied, exactEdit: boolean): void {
  expect(after.map((h) => h.id).sort()).toEqual(before.map((h) => h.id).sort());
  const text = applied.text;
  for (const old of before) {
    const now = after.find((h) => h.id === old.id);
    if (now === undefined) throw new Error('a highlight vanished');
    if (now.status === 'orphaned') {
      expect(now.start).toBeNull();
      continue;
    }
    expect(now.start).not.toBeNull();
    expect(text.slice(now.start ?? 0, now.end ?? 0)).toBe(now.exact);
    if (now.status === 'fuzzy') {
      expect(now.previousExact).toBe(old.previousExact ?? old.exact);
      continue;
    }
    expect(folded(now.exact)).toBe(folded(old.exact));
    if (!exactEdit || old.start === null || old.end === null || old.status !== 'anchored') continue;
    const mapped = Array.from(applied.map.subarray(old.start, old.end));
    const untouched = mapped.every((at, k) => at !== -1 && at === (mapped[0] ?? 0) + k);
    const first = mapped[0] ?? -1;
    const withContext = text.slice(Math.max(0, first - CONTEXT_LENGTH), first + old.exact.length + CONTEXT_LENGTH);
    if (untouched && occurrences(text, withContext) === 1) {
      // Whitespace at either edge may fold into a neighbouring space; the words may not shift.
      const lead = (s: string) => s.length - s.trimStart().length;
      const wordsStart = applied.map[old.start + lead(old.exact)];
      expect((now.start ?? 0) + lead(now.exact), `"${old.exact}" should stay on its own words`).toBe(wordsStart);
    }
  }
}

interface Case {
  paragraphs: string[];
  highlights: { start: number; length: number }[];
  edits: Edit[];
}

const cases: fc.Arbitrary<Case> = fc.record({
  paragraphs,
  highlights: fc.array(fc.record({ start: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }), { minLength: 1, maxLength: 6 }),
  edits: fc.array(edit, { minLength: 1, maxLength: 3 }),
});

let documentNumber = 0;

function runCase(c: Case): void {
  documentNumber += 1;
  // A number of its own keeps each document from being a duplicate of an earlier one.
  const sourceId = importText(core, [`Document ${documentNumber}`, ...c.paragraphs].join('\n'));
  let text = readingText(core, sourceId);
  for (const h of c.highlights) {
    const start = h.start % text.length;
    const end = Math.min(text.length, start + h.length);
    if (text.slice(start, end).trim() === '') continue;
    unwrap(core.call('annotations.create', { sourceId, target: { start, end } }));
  }
  for (const e of c.edits) {
    const before = listOf(sourceId);
    const applied = applyEdit(text, e);
    const revised = core.call('sources.revise', { id: sourceId, text: applied.text });
    if (!revised.ok) {
      expect(['conflict', 'invalid_input']).toContain(revised.error.code);
      continue;
    }
    const newText = readingText(core, sourceId);
    const exactEdit = normalizeToLines(applied.text).join('\n') === applied.text;
    checkStep(before, listOf(sourceId), exactEdit ? applied : { text: newText, map: applied.map }, exactEdit);
    text = newText;
  }
}

describe('re-anchoring on generated edits', () => {
  it('keeps every highlight on its own words, or says it needs review', () => {
    assertCounted('re-anchoring after generated edits', [cases], runCase, 100);
  });
});
