// Where a search's phrases occur in a text, in text order, as SQLite's
// tokenizer would match them. Fast path: native indexOf on the lower-cased
// text for each phrase's first word, checked at word boundaries (a JS token
// loop over 10 KB per result cost more than the FTS5 query itself). Accents
// need SQLite's folding ("emigre" matches "Émigré"), so a text with accented
// Latin letters, or a query with non-ASCII words, takes the full token scan.

import type { PhraseNode } from './query-ast.ts';
import { foldWord, tokensOf, type TextToken } from './text-tokens.ts';

export interface TextMatch {
  start: number;
  end: number;
  /** Which phrase matched: a window showing more different phrases reads better. */
  phrase: number;
}

const tokenChar = /[\p{L}\p{N}\p{Co}]/u;
// Letters that fold to ASCII ones (Latin-1, Latin Extended A/B and Additional) and combining marks.
const foldsToAscii = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/u;
const asciiWord = /^[a-z0-9]+$/u;
const nextToken = /[\p{L}\p{N}\p{Co}]+/guy;
const gap = /[^\p{L}\p{N}\p{Co}]*/guy;

export function findMatches(text: string, phrases: readonly PhraseNode[], maxMatches = 200): TextMatch[] {
  const simple = phrases.every((p) => p.words.every((w) => asciiWord.test(w))) && !foldsToAscii.test(text);
  const fast = simple ? fastMatches(text, phrases, maxMatches) : null;
  return fast ?? tokenMatches(text, phrases, maxMatches);
}

function fastMatches(text: string, phrases: readonly PhraseNode[], maxMatches: number): TextMatch[] | null {
  const lower = text.toLowerCase();
  // A few characters change length when lower-cased ("İ"); offsets would drift, so the slow path takes those texts.
  if (lower.length !== text.length) return null;
  const matches: TextMatch[] = [];
  phrases.forEach((phrase, index) => {
    const [first = ''] = phrase.words;
    const single = phrase.words.length === 1;
    let found = 0;
    for (let at = lower.indexOf(first); at !== -1 && found < maxMatches; at = lower.indexOf(first, at + 1)) {
      if (at > 0 && isTokenChar(text, at - 1)) continue;
      const wordEnd = at + first.length;
      const endsWord = wordEnd >= text.length || !isTokenChar(text, wordEnd);
      if (single) {
        if (!phrase.prefix && !endsWord) continue;
        matches.push({ start: at, end: phrase.prefix ? tokenEnd(text, wordEnd) : wordEnd, phrase: index });
        found += 1;
        continue;
      }
      if (!endsWord) continue;
      const end = restOfPhrase(text, wordEnd, phrase);
      if (end !== null) {
        matches.push({ start: at, end, phrase: index });
        found += 1;
      }
    }
  });
  return matches.sort((a, b) => a.start - b.start || a.phrase - b.phrase).slice(0, maxMatches);
}

// The phrase's other words, token by token after the first; the end of the last, or null.
function restOfPhrase(text: string, from: number, phrase: PhraseNode): number | null {
  let at = from;
  for (let i = 1; i < phrase.words.length; i += 1) {
    gap.lastIndex = at;
    gap.exec(text);
    nextToken.lastIndex = gap.lastIndex;
    const token = nextToken.exec(text);
    if (token === null) return null;
    const folded = foldWord(token[0]);
    const word = phrase.words[i] ?? '';
    const last = i === phrase.words.length - 1;
    if (!(last && phrase.prefix ? folded.startsWith(word) : folded === word)) return null;
    at = nextToken.lastIndex;
  }
  return at;
}

function isTokenChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // A low surrogate: look at the whole character it ends.
  const char = code >= 0xdc00 && code <= 0xdfff && at > 0 ? text.slice(at - 1, at + 1) : String.fromCodePoint(text.codePointAt(at) ?? code);
  return tokenChar.test(char);
}

function tokenEnd(text: string, from: number): number {
  nextToken.lastIndex = from;
  const rest = nextToken.exec(text);
  return rest !== null && rest.index === from ? nextToken.lastIndex : from;
}

/** The exact way: every token of the text folded as SQLite folds it. */
export function tokenMatches(text: string, phrases: readonly PhraseNode[], maxMatches = 200): TextMatch[] {
  const longest = Math.max(0, ...phrases.map((p) => p.words.length));
  if (longest === 0) return [];
  const recent: TextToken[] = [];
  const matches: TextMatch[] = [];
  for (const token of tokensOf(text)) {
    recent.push(token);
    if (recent.length > longest) recent.shift();
    for (const [index, phrase] of phrases.entries()) {
      const first = recent.length - phrase.words.length;
      if (first < 0) continue;
      const fits = phrase.words.every((word, i) => {
        const seen = recent[first + i]?.folded ?? '';
        return i === phrase.words.length - 1 && phrase.prefix ? seen.startsWith(word) : seen === word;
      });
      if (fits) matches.push({ start: recent[first]?.start ?? token.start, end: token.end, phrase: index });
    }
    if (matches.length >= maxMatches) break;
  }
  return matches;
}
