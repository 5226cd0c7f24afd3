// When two claims about the same thing can both be true: number ranges that overlap (with slack for
// approximate figures), dates whose days and times overlap, the same actor under any spelling, and places
// one of which contains the other.

import { sameActor } from '../claims/actors/resolve-names.ts';
import { rangesOverlap } from '../claims/numbers/quantifiers.ts';
import type { Claim, DateValue } from '../claims/types.ts';
import { matchKey } from '../text/name-key.ts';

export function compatible(a: Claim, b: Claim): boolean {
  const x = a.value;
  const y = b.value;
  if (x.kind === 'count' && y.kind === 'count') return rangesOverlap(x, y);
  if (x.kind === 'quantity' && y.kind === 'quantity') return x.dimension !== y.dimension || rangesOverlap(x, y);
  if (x.kind === 'date' && y.kind === 'date') return datesOverlap(x, y);
  if (x.kind === 'actor' && y.kind === 'actor') return sameActor(x, y);
  if (x.kind === 'place' && y.kind === 'place') return x.key === y.key || nested(x.name, y.name);
  return true;
}

function datesOverlap(a: DateValue, b: DateValue): boolean {
  if (a.day !== null && b.day !== null && (a.day.to < b.day.from || b.day.to < a.day.from)) return false;
  // Times only mean something on the same day (or when a side gave no day at all).
  const sameDay = a.day === null || b.day === null || (a.day.from === a.day.to && b.day.from === b.day.to && a.day.from === b.day.from);
  if (sameDay && a.time !== null && b.time !== null && (a.time.to < b.time.from || b.time.to < a.time.from)) return false;
  return true;
}

/** "Baghdad" and "Baghdad International Airport": one place inside the other, as far as names tell. */
function nested(a: string, b: string): boolean {
  const ka = ` ${matchKey(a)} `;
  const kb = ` ${matchKey(b)} `;
  return ka.includes(kb) || kb.includes(ka);
}
