// The words around a number that turn it into a range: "at least five", "more than a dozen",
// "up to 20", "about 300", "five or more", "between 10 and 20". Read here, applied in one place.

import type { Word } from '../../text/words.ts';
import type { NumberRange } from '../types.ts';

type Bound = 'atLeast' | 'moreThan' | 'atMost' | 'lessThan' | 'about' | 'almost';

// Longest first, so "no more than" is not read as "more than".
const before: readonly [string, Bound][] = [
  ['no fewer than', 'atLeast'], ['no less than', 'atLeast'], ['not less than', 'atLeast'], ['at least', 'atLeast'],
  ['no more than', 'atMost'], ['not more than', 'atMost'], ['at most', 'atMost'], ['up to', 'atMost'], ['as many as', 'atMost'],
  ['well over', 'moreThan'], ['just over', 'moreThan'], ['more than', 'moreThan'], ['upwards of', 'moreThan'], ['in excess of', 'moreThan'],
  ['over', 'moreThan'], ['above', 'moreThan'],
  ['fewer than', 'lessThan'], ['less than', 'lessThan'], ['just under', 'lessThan'], ['under', 'lessThan'], ['below', 'lessThan'],
  ['close to', 'almost'], ['nearly', 'almost'], ['almost', 'almost'],
  ['an estimated', 'about'], ['estimated', 'about'], ['approximately', 'about'], ['roughly', 'about'], ['around', 'about'],
  ['about', 'about'], ['some', 'about'], ['perhaps', 'about'], ['maybe', 'about'], ['possibly', 'about'],
];

export interface Modifier {
  bound: Bound | null;
  /** Index of the first word of the modifier (the number's own index when there is none). */
  first: number;
}

/** The modifier that ends right before word `at`. */
export function modifierBefore(ws: readonly Word[], at: number): Modifier {
  for (const [phrase, bound] of before) {
    const parts = phrase.split(' ');
    const first = at - parts.length;
    if (first < 0) continue;
    if (parts.every((p, k) => ws[first + k]?.norm === p)) return { bound, first };
  }
  return { bound: null, first: at };
}

/** "five or more", "20 or so", "20-plus": returns the bound and how many words it takes. */
export function modifierAfter(ws: readonly Word[], at: number): { bound: Bound | null; length: number } {
  const a = ws[at]?.norm;
  const b = ws[at + 1]?.norm;
  if (a === 'or' && (b === 'more' || b === 'above')) return { bound: 'atLeast', length: 2 };
  if (a === 'or' && (b === 'fewer' || b === 'less')) return { bound: 'atMost', length: 2 };
  if (a === 'or' && b === 'so') return { bound: 'about', length: 2 };
  if (a === 'plus') return { bound: 'atLeast', length: 1 };
  return { bound: null, length: 0 };
}

export function applyBound(range: NumberRange, bound: Bound | null, integer: boolean): NumberRange {
  const step = integer ? 1 : 0;
  switch (bound) {
    case null:
      return range;
    case 'atLeast':
      return { min: range.min, max: null, approximate: range.approximate };
    case 'moreThan':
      return { min: range.min + step, max: null, approximate: range.approximate };
    case 'atMost':
      return { min: 0, max: range.max ?? range.min, approximate: range.approximate };
    case 'lessThan':
      return { min: 0, max: (range.max ?? range.min) - step, approximate: range.approximate };
    case 'almost':
      return { min: Math.floor(range.min * 0.85), max: range.max ?? range.min, approximate: true };
    case 'about':
      return { ...range, approximate: true };
  }
}

/** How a range reads: "at least 5", "about 12", "3", "2,000–9,999". */
export function describeRange(range: NumberRange, unit = ''): string {
  const f = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const suffix = unit === '' ? '' : ` ${unit}`;
  if (range.max === null) return `at least ${f(range.min)}${suffix}`;
  if (range.min === 0 && range.max > 0) return `at most ${f(range.max)}${suffix}`;
  if (range.min === range.max) return `${range.approximate ? 'about ' : ''}${f(range.min)}${suffix}`;
  return `${f(range.min)}–${f(range.max)}${suffix}`;
}

/** Whether two ranges can both be true; approximate ones get 10% slack (at least 1) on each side. */
export function rangesOverlap(a: NumberRange, b: NumberRange): boolean {
  const widen = (r: NumberRange): [number, number] => {
    const max = r.max ?? Number.POSITIVE_INFINITY;
    if (!r.approximate) return [r.min, max];
    const slack = Math.max(1, Math.abs(r.min) * 0.1);
    return [r.min - slack, max + Math.max(1, Math.abs(Number.isFinite(max) ? max : 0) * 0.1)];
  };
  const [aMin, aMax] = widen(a);
  const [bMin, bMax] = widen(b);
  return aMin <= bMax && bMin <= aMax;
}
