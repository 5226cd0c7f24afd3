// Word tokens with offsets and their comparison forms (folded case and accents, light stem):
// what alignment vectors and claim rules are built from.

import { stem } from './stem.ts';

export interface Word {
  /** The word as written. */
  readonly text: string;
  /** Lower case, accents and typographic apostrophes folded. */
  readonly norm: string;
  readonly stem: string;
  readonly start: number;
  readonly end: number;
  readonly capitalized: boolean;
  readonly numeric: boolean;
}

// Dotted acronyms first ("U.S."), then numbers with separators ("3,000", "11.40", "23:12"), then words with
// inner apostrophes or hyphens ("Kata'ib", "al-Kadhimi", "night-shift").
const wordPattern = /(?:\p{Lu}\.){2,}|\d+(?:[.,:]\d+)*|[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*/gu;

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/gu, "'").toLowerCase();
}

export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const raw = match[0];
    const norm = fold(raw).replace(/\.$/u, '');
    const numeric = /^\d/u.test(raw);
    out.push({
      text: raw,
      norm,
      stem: numeric ? norm.replace(/,/gu, '') : stem(norm),
      start: offset + match.index,
      end: offset + match.index + raw.length,
      capitalized: /^\p{Lu}/u.test(raw),
      numeric,
    });
  }
  return out;
}

// Function words carry no meaning for alignment; negation does, so "not" and "no" stay.
export const stopWords: ReadonlySet<string> = new Set(
  `a an the and or but if of to in on at by for with from as into onto over under about than then that this these those
  there here it its it's is are was were be been being am do does did has have had having he she they we you i me him her
  them us our their his my your which who whom whose what when where while so such can could would should will shall may
  might must also just only very more most some any each every other another own same both all few many much one's
  s said says say told according up out off down after before again further once because until against between through
  during without within across per via upon also yet even still`.split(/\s+/u),
);
