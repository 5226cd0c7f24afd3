// Picks highlights programmatically from a corpus document: sentences, word-aligned phrases of set
// lengths (5–400 chars) and occurrences of short, repeated words, so every kind of quote is exercised.

import { CONTEXT_LENGTH } from '../../../src-main/core/annotations/anchoring/text-quote-selector.ts';
import { wordsOf, type Word } from './corpus.ts';

export interface Highlight {
  start: number;
  end: number;
  shape: 'sentence' | 'phrase' | 'short-word';
}

const PHRASE_LENGTHS = [5, 12, 25, 50, 100, 200, 400];
const SHORT_WORDS = new Set(['US', 'the', 'of', 'in', 'to', 'a', 'and', 'its']);

export function pickHighlights(text: string): Highlight[] {
  const words = wordsOf(text);
  const out: Highlight[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number, shape: Highlight['shape']): void => {
    const key = `${start}:${end}`;
    if (end <= start || seen.has(key) || !identifiable(text, start, end)) return;
    seen.add(key);
    out.push({ start, end, shape });
  };

  // Every third sentence, capped at 400 characters on a word boundary.
  let sentenceIndex = 0;
  for (const m of text.matchAll(/[^.!?\n]+[.!?]/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    if (sentenceIndex++ % 3 !== 0 || m[0].trim().length < 20) continue;
    add(start, capEnd(words, start, m.index + m[0].length, 400), 'sentence');
  }

  // Phrases of each length starting at every 23rd word.
  for (let w = 0; w < words.length; w += 23) {
    const first = words[w] as Word;
    for (const length of PHRASE_LENGTHS) add(first.start, capEnd(words, first.start, first.start + length, length), 'phrase');
  }

  // Every fifth occurrence of each short, repeated word.
  const counts = new Map<string, number>();
  for (const word of words) {
    const token = text.slice(word.start, word.end).replace(/[^\w]+$/, '');
    if (!SHORT_WORDS.has(token)) continue;
    const n = (counts.get(token) ?? 0) + 1;
    counts.set(token, n);
    if (n % 5 === 1) add(word.start, word.start + token.length, 'short-word');
  }
  return out;
}

/**
 * When a highlight's words and one full side of its stored context occur twice in its own text, an edit
 * on the other side leaves two spots no selector can tell apart. Such "twins" (a repeated title, say:
 * 7 of ~1,540 picks) say nothing about the engine and are left out.
 */
function identifiable(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - CONTEXT_LENGTH), end);
  const after = text.slice(start, Math.min(text.length, end + CONTEXT_LENGTH));
  return occursOnce(text, before) && occursOnce(text, after);
}

function occursOnce(text: string, part: string): boolean {
  return text.indexOf(part, text.indexOf(part) + 1) === -1;
}

/** Last word end at or before `limit` (and at least one word), so highlights never cut a word. */
function capEnd(words: readonly Word[], start: number, limit: number, maxLength: number): number {
  let end = start;
  for (const word of words) {
    if (word.start < start) continue;
    if (word.end > limit || word.end - start > maxLength) break;
    end = word.end;
  }
  if (end === start) {
    const first = words.find((w) => w.start >= start);
    end = first ? first.end : start;
  }
  return end;
}
