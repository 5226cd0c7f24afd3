// Reading a number at a position in a list of words: digits ("3,000", "1.5 million"), words
// ("twenty-one", "two thousand"), and the vague ones ("a dozen", "dozens of", "tens of", "several").

import type { Word } from '../../text/words.ts';

export interface ReadNumber {
  min: number;
  max: number | null;
  approximate: boolean;
  /** A vague plural ("dozens", "hundreds") or word ("several"), not one figure. */
  vague: boolean;
  /** Index of the first word after the number. */
  next: number;
}

const units: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const tens: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const scales: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9 };

// Vague plurals name a range, not a figure: "dozens of attacks" is 24 to 99, "thousands of soldiers" 2,000 to 9,999.
const vaguePlurals: Readonly<Record<string, [number, number]>> = {
  dozens: [24, 99], tens: [20, 99], scores: [40, 199], hundreds: [200, 999], thousands: [2000, 9999],
  millions: [2e6, 9.99e8], billions: [2e9, 9.99e11],
};
const vagueScale: Readonly<Record<string, number>> = { hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9 };
// Vague words before a noun.
const vagueWords: Readonly<Record<string, [number, number]>> = { several: [3, 9] };

export function isNumberWord(norm: string): boolean {
  if (norm in units || norm in tens || norm in scales) return true;
  return norm.includes('-') && norm.split('-').every((p) => p in units || p in tens);
}

/** The value of one spelled-out word or hyphenated pair ("twenty-one"), or null. */
function wordValue(norm: string): number | null {
  if (norm in units) return units[norm] ?? null;
  if (norm in tens) return tens[norm] ?? null;
  const parts = norm.split('-');
  if (parts.length === 2 && parts[0] !== undefined && parts[1] !== undefined && parts[0] in tens && parts[1] in units) {
    return (tens[parts[0]] ?? 0) + (units[parts[1]] ?? 0);
  }
  return null;
}

function digitsValue(text: string): number | null {
  // Thousands separators are commas in the sources we read; "11.40" stays a decimal (times are read first).
  if (/^\d{1,3}(?:,\d{3})+$/u.test(text)) return Number(text.replace(/,/gu, ''));
  if (/^\d+(?:\.\d+)?$/u.test(text)) return Number(text);
  return null;
}

export function readNumber(ws: readonly Word[], i: number): ReadNumber | null {
  const w = ws[i];
  if (w === undefined) return null;
  const n = w.norm;
  const next = ws[i + 1]?.norm;
  const exact = (value: number, end: number, approximate = false): ReadNumber => ({ min: value, max: value, approximate, vague: false, next: end });

  if (n === 'a' || n === 'an') {
    if (next === 'dozen') return exact(12, i + 2, true);
    if (next === 'single') return exact(1, i + 2);
    if (next === 'couple') return { min: 2, max: 3, approximate: true, vague: true, next: skipOf(ws, i + 2) };
    if (next === 'few') return { min: 2, max: 5, approximate: true, vague: true, next: i + 2 };
    if (next === 'handful') return { min: 2, max: 6, approximate: true, vague: true, next: skipOf(ws, i + 2) };
    if (next === 'pair' && ws[i + 2]?.norm === 'of') return exact(2, i + 3);
    if (next !== undefined && next in scales && next !== 'bn') return withScale(ws, 1, i + 1);
    return null;
  }
  if (n === 'dozen') return exact(12, i + 1, true);
  if (n in vaguePlurals) {
    const [min, max] = vaguePlurals[n] ?? [0, 0];
    // "tens" and "scores" are only numbers before "of" ("tens of thousands" is handled as tens × thousands).
    if ((n === 'tens' || n === 'scores') && next !== 'of') return null;
    // "tens of thousands": the outer range times the inner word's scale.
    const innerScale = next === 'of' ? vagueScale[ws[i + 2]?.norm ?? ''] : undefined;
    if (innerScale !== undefined) {
      return { min: min * innerScale, max: max * innerScale, approximate: true, vague: true, next: skipOf(ws, i + 3) };
    }
    return { min, max, approximate: true, vague: true, next: skipOf(ws, i + 1) };
  }
  if (n in vagueWords) {
    const [min, max] = vagueWords[n] ?? [0, 0];
    return { min, max, approximate: true, vague: true, next: i + 1 };
  }
  if (w.numeric) {
    const value = digitsValue(w.text);
    if (value === null) return null;
    return withScale(ws, value, i + 1);
  }
  const value = wordValue(n);
  if (value === null) return null;
  return withScale(ws, value, i + 1);
}

/** "two thousand", "1.5 million", "three hundred and fifty". */
function withScale(ws: readonly Word[], base: number, at: number): ReadNumber {
  let value = base;
  let next = at;
  for (;;) {
    const scale = scales[ws[next]?.norm ?? ''];
    if (scale === undefined) break;
    value = value < scale ? value * scale : value + scale;
    next += 1;
    // "hundred and fifty", "thousand two hundred"
    const and = ws[next]?.norm === 'and' ? 1 : 0;
    const tail = ws[next + and];
    const tailValue = tail === undefined ? null : (wordValue(tail.norm) ?? null);
    if (tailValue !== null && tailValue < scale) {
      value += tailValue;
      next += and + 1;
    }
  }
  return { min: value, max: value, approximate: false, vague: false, next };
}

function skipOf(ws: readonly Word[], at: number): number {
  return ws[at]?.norm === 'of' ? at + 1 : at;
}
