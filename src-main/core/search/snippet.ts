// Snippets as data: a short window of text cut as a list of {text, match}
// parts (never HTML), and the offset of the first match so opening a result
// lands on it. Matching mirrors SQLite's tokenizer (see find-matches.ts).

import type { PhraseNode } from './query-ast.ts';
import { findMatches, type TextMatch } from './find-matches.ts';

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface Snippet {
  parts: SnippetPart[];
  /** Offset of the first match in the whole text; null when no phrase was found (e.g. a title-only match). */
  firstMatch: number | null;
}

export interface SnippetOptions {
  /** About how many characters to show. */
  length?: number;
  /** Stop looking after this many matches: enough to choose a window, bounded on long texts. */
  maxMatches?: number;
}

const ellipsis = '…';

/** A window of about `length` characters around the part of the text showing the most different phrases. */
export function buildSnippet(text: string, phrases: readonly PhraseNode[], options: SnippetOptions = {}): Snippet {
  const length = options.length ?? 180;
  const matches = findMatches(text, phrases, options.maxMatches ?? 200);
  const first = matches[0];
  if (first === undefined) return { parts: windowParts(text, 0, Math.min(text.length, length), []), firstMatch: null };
  if (text.length <= length) return { parts: windowParts(text, 0, text.length, matches), firstMatch: first.start };

  const best = bestAnchor(matches, phrases, length * 0.6);
  const lead = Math.floor(length / 4);
  const from = wordStart(text, Math.max(0, best.start - lead));
  const to = wordEnd(text, Math.min(text.length, from + length));
  const inside = matches.filter((m) => m.start >= from && m.end <= to);
  return { parts: windowParts(text, from, to, inside), firstMatch: first.start };
}

// The earliest match whose neighbourhood (span characters on) holds the most
// distinct phrases; a phrase typed twice ("a OR a") counts once.
function bestAnchor(matches: readonly TextMatch[], phrases: readonly PhraseNode[], span: number): TextMatch {
  const keyOf = (m: TextMatch) => {
    const phrase = phrases[m.phrase];
    return phrase ? `${phrase.words.join(' ')}${phrase.prefix ? '*' : ''}` : '';
  };
  let best = matches[0] as TextMatch;
  let bestCount = 0;
  for (let i = 0; i < matches.length; i += 1) {
    const anchor = matches[i] as TextMatch;
    const distinct = new Set<string>();
    for (let j = i; j < matches.length && (matches[j] as TextMatch).start < anchor.start + span; j += 1) distinct.add(keyOf(matches[j] as TextMatch));
    if (distinct.size > bestCount) {
      best = anchor;
      bestCount = distinct.size;
    }
  }
  return best;
}

function windowParts(text: string, from: number, to: number, matches: readonly TextMatch[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (piece: string, match: boolean) => {
    if (piece === '') return;
    const last = parts.at(-1);
    if (last !== undefined && last.match === match) last.text += piece;
    else parts.push({ text: piece, match });
  };
  if (from > 0) push(ellipsis, false);
  let at = from;
  for (const m of matches) {
    if (m.start < at) continue; // overlapping phrases: the first one drawn wins
    push(flatten(text.slice(at, m.start)), false);
    push(flatten(text.slice(m.start, m.end)), true);
    at = m.end;
  }
  push(flatten(text.slice(at, to)), false);
  if (to < text.length) push(ellipsis, false);
  return parts;
}

// A snippet is one line in a results list: line breaks and runs of spaces become one space.
function flatten(piece: string): string {
  return piece.replace(/\s+/gu, ' ');
}

function wordStart(text: string, at: number): number {
  if (at === 0) return 0;
  const space = text.lastIndexOf(' ', at);
  const newline = text.lastIndexOf('\n', at);
  const cut = Math.max(space, newline);
  return cut === -1 || at - cut > 30 ? at : cut + 1;
}

function wordEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const match = /\s/u.exec(text.slice(at, at + 30));
  return match === null ? at : at + match.index;
}
