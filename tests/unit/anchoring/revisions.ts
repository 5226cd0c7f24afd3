// Scripted revisions of a text around one highlight, each with the known truth: where the passage is
// now, or that it is gone. The accuracy harness and its tests replay them against the engine.

import { pick, wordsOf } from './corpus.ts';
import type { Highlight } from './highlights.ts';
import { CONTEXT_LENGTH } from '../../../src-main/core/annotations/anchoring/text-quote-selector.ts';
import { editDistanceWithin } from '../../../src-main/core/annotations/anchoring/similarity.ts';

export const KINDS = [
  'insert-before',
  'insert-inside',
  'delete-before',
  'delete-inside',
  'typo-inside',
  'typo-near',
  'edit-adjacent',
  'paragraph-moved',
  'whitespace-quotes',
  'retypeset-document',
  'passage-deleted',
  'passage-rewritten',
  'unrelated-document',
] as const;
export type Kind = (typeof KINDS)[number];

/** exact: same words, exact range, anchored/moved. fuzzy: changed words, needs review, near the truth. */
export type Expectation = 'exact' | 'fuzzy' | 'exact-or-fuzzy' | 'orphaned';

export const EXPECTATION: Record<Kind, Expectation> = {
  'insert-before': 'exact',
  'insert-inside': 'fuzzy',
  'delete-before': 'exact',
  'delete-inside': 'fuzzy',
  'typo-inside': 'fuzzy',
  'typo-near': 'exact',
  'edit-adjacent': 'exact',
  'paragraph-moved': 'exact',
  'whitespace-quotes': 'exact-or-fuzzy',
  'retypeset-document': 'exact-or-fuzzy',
  'passage-deleted': 'orphaned',
  'passage-rewritten': 'orphaned',
  'unrelated-document': 'orphaned',
};

export interface Revision {
  newText: string;
  truth: { start: number; end: number } | null;
}

type Rng = () => number;

export interface ReviseInput {
  text: string;
  highlight: Highlight;
  rng: Rng;
  /** Words from other documents, for inserted and rewritten text. */
  filler: readonly string[];
}

export function revise(kind: Exclude<Kind, 'unrelated-document'>, input: ReviseInput): Revision | null {
  switch (kind) {
    case 'insert-before': return insertBefore(input);
    case 'insert-inside': return insertInside(input);
    case 'delete-before': return deleteBefore(input);
    case 'delete-inside': return deleteInside(input);
    case 'typo-inside': return typoInside(input);
    case 'typo-near': return typoNear(input);
    case 'edit-adjacent': return editAdjacent(input);
    case 'paragraph-moved': return paragraphMoved(input);
    case 'whitespace-quotes': return whitespaceQuotes(input);
    case 'retypeset-document': return retypeset(input);
    case 'passage-deleted': return passageDeleted(input);
    case 'passage-rewritten': return passageRewritten(input);
  }
}

function splice(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

function fillerRun(rng: Rng, filler: readonly string[], words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(rng, filler));
  return out.join(' ');
}

/** Edits "elsewhere" stay clear of the stored context; edits inside it are the edit-adjacent kind. */
const CLEAR = CONTEXT_LENGTH;

function insertBefore({ text, highlight: h, rng, filler }: ReviseInput): Revision | null {
  const starts = wordsOf(text).filter((w) => w.start <= h.start - CLEAR);
  if (starts.length === 0) return null;
  const at = pick(rng, starts).start;
  const inserted = fillerRun(rng, filler, 1 + Math.floor(rng() * 40)) + ' ';
  return { newText: splice(text, at, 0, inserted), truth: { start: h.start + inserted.length, end: h.end + inserted.length } };
}

/** Changes the words of the passage; a change that leaves the old words intact in place is no test. */
function changedInside(text: string, h: Highlight, newText: string, truth: { start: number; end: number }): Revision | null {
  if (newText.slice(truth.start, truth.end).includes(text.slice(h.start, h.end))) return null;
  return { newText, truth };
}

function insertInside({ text, highlight: h, rng, filler }: ReviseInput): Revision | null {
  const inner = wordsOf(text).filter((w) => w.start > h.start && w.start < h.end);
  if (inner.length === 0) return null;
  const at = pick(rng, inner).start;
  const inserted = fillerRun(rng, filler, 1 + Math.floor(rng() * 2)) + ' ';
  return changedInside(text, h, splice(text, at, 0, inserted), { start: h.start, end: h.end + inserted.length });
}

function deleteBefore({ text, highlight: h, rng }: ReviseInput): Revision | null {
  const before = wordsOf(text).filter((w) => w.end <= h.start - CLEAR);
  if (before.length < 2) return null;
  const i = Math.floor(rng() * (before.length - 1));
  const j = Math.min(before.length - 1, i + 1 + Math.floor(rng() * 40));
  const from = (before[i] as { start: number }).start;
  const to = (before[j] as { start: number }).start;
  const removed = to - from;
  return { newText: splice(text, from, removed, ''), truth: { start: h.start - removed, end: h.end - removed } };
}

function deleteInside({ text, highlight: h, rng }: ReviseInput): Revision | null {
  const inside = wordsOf(text).filter((w) => w.start >= h.start && w.end <= h.end);
  if (inside.length < 3) return null;
  const k = 1 + Math.floor(rng() * (inside.length - 2));
  const word = inside[k] as { start: number; end: number };
  const next = inside[k + 1];
  // Take the word with the whitespace after it, keeping the rest of the passage well formed.
  const to = next ? next.start : word.end;
  const from = next ? word.start : (inside[k - 1] as { end: number }).end;
  const removed = to - from;
  if (removed > 0.2 * (h.end - h.start) + 12) return null;
  return changedInside(text, h, splice(text, from, removed, ''), { start: h.start, end: h.end - removed });
}

/** Words inserted or deleted right next to the passage, inside its stored context. */
function editAdjacent({ text, highlight: h, rng, filler }: ReviseInput): Revision | null {
  const words = wordsOf(text);
  const before = words.filter((w) => w.start >= h.start - CLEAR && w.end < h.start);
  const after = words.filter((w) => w.start > h.end && w.end <= h.end + CLEAR);
  const side = rng() < 0.5 ? 'before' : 'after';
  const near = side === 'before' ? before : after;
  if (rng() < 0.5 || near.length === 0) {
    const inserted = fillerRun(rng, filler, 1 + Math.floor(rng() * 4));
    if (side === 'before') {
      const at = near.length > 0 ? pick(rng, near).start : h.start;
      const add = inserted + ' ';
      return { newText: splice(text, at, 0, add), truth: { start: h.start + add.length, end: h.end + add.length } };
    }
    return { newText: splice(text, h.end, 0, ' ' + inserted), truth: { start: h.start, end: h.end } };
  }
  const from = pick(rng, near);
  if (side === 'before') {
    const removed = h.start - from.start;
    return { newText: splice(text, from.start, removed, ''), truth: { start: h.start - removed, end: h.end - removed } };
  }
  return { newText: splice(text, h.end, from.end - h.end, ''), truth: { start: h.start, end: h.end } };
}

const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

/** One keyboard slip: substitute, drop, double or swap a letter at `at`. Returns the length change. */
function typo(text: string, at: number, rng: Rng, limit: number): { text: string; delta: number } {
  const op = Math.floor(rng() * 4);
  const current = text[at] ?? 'e';
  if (op === 0) {
    let letter = pick(rng, LETTERS);
    if (letter === current) letter = letter === 'e' ? 'a' : 'e';
    return { text: splice(text, at, 1, letter), delta: 0 };
  }
  if (op === 1) return { text: splice(text, at, 1, ''), delta: -1 };
  if (op === 2) return { text: splice(text, at, 0, current), delta: 1 };
  if (at + 1 < limit && text[at + 1] !== current) {
    return { text: splice(text, at, 2, (text[at + 1] ?? '') + current), delta: 0 };
  }
  return { text: splice(text, at, 1, current === 'a' ? 'o' : 'a'), delta: 0 };
}

function typoInside({ text, highlight: h, rng }: ReviseInput): Revision | null {
  // Letters only: an edit to whitespace is a whitespace change, not a typo. Edits that merely grow the
  // passage at an edge ("of" -> "oof", "off") leave the old words intact next door, so they are
  // ambiguous by nature; keep every edit strictly inside.
  const letters: number[] = [];
  for (let at = h.start + 1; at < h.end - 1; at++) if (/\p{L}/u.test(text[at] ?? '')) letters.push(at);
  if (letters.length === 0) return null;
  const at = pick(rng, letters);
  const t = typo(text, at, rng, h.end);
  return changedInside(text, h, t.text, { start: h.start, end: h.end + t.delta });
}

/**
 * A slip in a neighbouring word within the stored context. The single character touching the passage
 * is left alone: changing it glues the highlighted word to its neighbour, which changes the word itself.
 */
function typoNear({ text, highlight: h, rng }: ReviseInput): Revision | null {
  const before = rng() < 0.5;
  if (before) {
    if (h.start < 3) return null;
    const at = Math.max(0, h.start - 2 - Math.floor(rng() * 31));
    const t = typo(text, at, rng, h.start - 1);
    return { newText: t.text, truth: { start: h.start + t.delta, end: h.end + t.delta } };
  }
  if (h.end + 2 >= text.length) return null;
  const at = Math.min(text.length - 1, h.end + 1 + Math.floor(rng() * 31));
  const t = typo(text, at, rng, text.length);
  return { newText: t.text, truth: { start: h.start, end: h.end } };
}

function paragraphMoved({ text, highlight: h, rng }: ReviseInput): Revision | null {
  const lines = text.split('\n');
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  const i = offsets.findIndex((o, k) => h.start >= o && h.end <= o + (lines[k] as string).length);
  if (i === -1) return null;
  const others = lines.map((line, k) => k).filter((k) => k !== i && k !== i + 1 && (lines[k] as string).trim() !== '');
  if (others.length === 0) return null;
  const k = pick(rng, others);
  const moved = lines[i] as string;
  const reordered = lines.filter((_, n) => n !== i);
  const insertAt = k > i ? k - 1 : k;
  reordered.splice(insertAt, 0, moved);
  const newStart = reordered.slice(0, insertAt).reduce((sum, line) => sum + line.length + 1, 0);
  const shift = newStart - (offsets[i] as number);
  return { newText: reordered.join('\n'), truth: { start: h.start + shift, end: h.end + shift } };
}

const CURLY: Record<string, string> = { "'": '\u2019', '\u2019': "'", '\u2018': "'", '"': '\u201c', '\u201c': '"', '\u201d': '"' };
const SPACING = ['  ', '\n', '\n\n', ' \n '];

/**
 * Rewrites characters in [from, to) with `change`, tracking how old indices map to new ones so the
 * truth can be computed for any highlight.
 */
function rewriteChars(text: string, from: number, to: number, change: (ch: string, at: number) => string): { text: string; map: (i: number) => number } {
  const shifts: Array<[number, number]> = [];
  let out = text.slice(0, from);
  let delta = 0;
  for (let at = from; at < to; at++) {
    const ch = text[at] as string;
    const replacement = change(ch, at);
    out += replacement;
    if (replacement.length !== 1) {
      delta += replacement.length - 1;
      shifts.push([at + 1, delta]);
    }
  }
  out += text.slice(to);
  const map = (i: number): number => {
    let d = 0;
    for (const [at, total] of shifts) if (at <= i) d = total;
    return i + d;
  };
  return { text: out, map };
}

function whitespaceQuotes({ text, highlight: h, rng }: ReviseInput): Revision | null {
  const spots: number[] = [];
  for (let at = h.start; at < h.end; at++) if (text[at] === ' ' || (text[at] as string) in CURLY) spots.push(at);
  if (spots.length === 0) return null;
  const chosen = new Set<number>();
  for (let n = 1 + Math.floor(rng() * 3); n > 0; n--) chosen.add(pick(rng, spots));
  const r = rewriteChars(text, h.start, h.end, (ch, at) => {
    if (!chosen.has(at)) return ch;
    return ch === ' ' ? pick(rng, SPACING) : (CURLY[ch] ?? ch);
  });
  return { newText: r.text, truth: { start: r.map(h.start), end: r.map(h.end - 1) + 1 } };
}

/** A re-import that straightens every quote mark and reflows blank lines into single newlines. */
function retypeset({ text, highlight: h }: ReviseInput): Revision | null {
  const r = rewriteChars(text, 0, text.length, (ch, at) => {
    if (ch === '\n' && text[at + 1] === '\n') return '';
    if (ch === '\u2019' || ch === '\u2018') return "'";
    if (ch === '\u201c' || ch === '\u201d') return '"';
    return ch;
  });
  if (r.text === text) return null;
  return { newText: r.text, truth: { start: r.map(h.start), end: r.map(h.end - 1) + 1 } };
}

function passageDeleted({ text, highlight: h }: ReviseInput): Revision | null {
  // Take one whitespace character after the passage too, as an editor deleting it would.
  const end = /\s/.test(text[h.end] ?? '') ? h.end + 1 : h.end;
  return { newText: splice(text, h.start, end - h.start, ''), truth: null };
}

function passageRewritten({ text, highlight: h, rng, filler }: ReviseInput): Revision | null {
  const length = h.end - h.start;
  const old = text.slice(h.start, h.end);
  // "Beyond recognition": keep only rewrites at most 40% similar to the old words.
  for (let attempt = 0; attempt < 20; attempt++) {
    let replacement = pick(rng, filler);
    while (replacement.length < length) replacement += ' ' + pick(rng, filler);
    replacement = replacement.slice(0, Math.max(1, length));
    if (editDistanceWithin(old, replacement, length) / length >= 0.6) {
      return { newText: splice(text, h.start, length, replacement), truth: null };
    }
  }
  return null;
}
