// What a date, place or duration in a sentence belongs to: the nearest happening word before it
// ("an explosion tore through ... shortly after 11pm"), else after it ("On Friday ... held a meeting"),
// else the nearest past-tense verb. Next to a verb of saying it dates the statement and is not compared.

import type { Word } from '../text/words.ts';
import { happenings, speechVerbs, type Subject } from './lexicon.ts';

export type Happening = { type: 'subject'; subject: Subject } | { type: 'statement' } | { type: 'none' };

const clauseBreak = /[;:—]|\s-\s/u;
// Lower-case words count towards the search distance; names ("Islamic Revolutionary Guard Corps") are free.
const reach = 12;
// A verb of saying this close before a date is dated by it ("said on Wednesday morning that ...").
const statementReach = 3;

/**
 * `from` and `to` are word indices bounding the expression; `gaps` is the sentence text between words
 * (gaps[k] is the text before word k), so the search stops at clause breaks.
 */
export function happeningAround(ws: readonly Word[], from: number, to: number, gaps: readonly string[]): Happening {
  let fallback: Word | null = null;
  let steps = 0;
  for (let k = from - 1; k >= 0 && steps < reach; k -= 1) {
    if (clauseBreak.test(gaps[k + 1] ?? '')) break;
    const w = ws[k];
    if (w === undefined) break;
    const found = happenings.get(w.norm);
    if (found !== undefined) return { type: 'subject', subject: found };
    // "said on Wednesday" dates the saying; in "said the bomb went off at 10am" the date is the report's.
    if (speechVerbs.has(w.norm) && !w.capitalized) {
      if (from - k <= statementReach) return { type: 'statement' };
      break;
    }
    if (fallback === null && isPastVerb(w)) fallback = w;
    if (!w.capitalized) steps += 1;
  }
  // A verb before the expression ("delivered the message ... over the weekend") outranks a happening after it;
  // looking ahead is for expressions that open their clause ("On Friday the board held a meeting").
  if (fallback !== null) return verbSubject(fallback);
  steps = 0;
  for (let k = to; k < ws.length && steps < reach; k += 1) {
    if (k > to && clauseBreak.test(gaps[k] ?? '')) break;
    const w = ws[k];
    if (w === undefined) break;
    const found = happenings.get(w.norm);
    if (found !== undefined) return { type: 'subject', subject: found };
    if (speechVerbs.has(w.norm) && !w.capitalized) return { type: 'statement' };
    if (fallback === null && isPastVerb(w) && steps < 4) fallback = w;
    if (!w.capitalized) steps += 1;
  }
  if (fallback !== null) return verbSubject(fallback);
  return { type: 'none' };
}

function verbSubject(w: Word): Happening {
  return { type: 'subject', subject: { key: `verb:${w.stem}`, label: w.norm } };
}

// Participles used as adjectives ("armed", "based") rarely carry a date; they are not excluded, only
// used when nothing better is near.
function isPastVerb(w: Word): boolean {
  return !w.capitalized && w.norm.length > 4 && w.norm.endsWith('ed') && !w.norm.endsWith('eed');
}

/** The text between consecutive words of a sentence: gaps[k] precedes word k. */
export function wordGaps(sentenceText: string, sentenceStart: number, ws: readonly Word[]): string[] {
  const gaps: string[] = [];
  let at = sentenceStart;
  for (const w of ws) {
    gaps.push(sentenceText.slice(at - sentenceStart, w.start - sentenceStart));
    at = w.end;
  }
  gaps.push(sentenceText.slice(at - sentenceStart));
  return gaps;
}
