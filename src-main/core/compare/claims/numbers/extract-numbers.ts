// Counts ("three people were killed", "more than a dozen ballistic missiles") and quantities with
// units ("within 500 metres of the quay") in one sentence, each with what it counts and how loosely.

import { stopWords, type Word } from '../../text/words.ts';
import { happeningAround } from '../happenings.ts';
import {
  additionWords, anaphoricCounts, attributionNouns, countedThings, genericPeople, labelNouns, mediaNouns, nounBarriers, outcomes, speechVerbs,
  type Subject,
} from '../lexicon.ts';
import type { Claim, NumberRange } from '../types.ts';
import { isNumberWord, readNumber, type ReadNumber } from './number-words.ts';
import { applyBound, describeRange, modifierAfter, modifierBefore } from './quantifiers.ts';
import { currencyBefore, percentAfter, readUnit, type Unit } from './units.ts';

export interface NumberContext {
  /** The sentence's text, where it starts in the source, and its paragraph. */
  text: string;
  start: number;
  paragraph: number;
  words: readonly Word[];
  /** gaps[k]: the text before word k. */
  gaps: readonly string[];
  /** Word indices already read as part of a date or time. */
  taken: ReadonlySet<number>;
}

/** Carried from sentence to sentence: what was counted last, for "said five" or "its numbers". */
export interface NumberMemory {
  last: Subject | null;
  /** The paragraph the last count was in: "said five" looks back within it, "its numbers" one further. */
  paragraph: number;
}

const auxiliaries = new Set(['were', 'was', 'are', 'is', 'been', 'have', 'had', 'has', 'reportedly', 'later', 'also']);
const determiners = new Set(['the', 'them', 'those', 'these', 'whom', 'its', 'his', 'her', 'their', 'our', 'us', 'which', 'an', 'a']);
const rateWords = new Set(['time', 'day', 'week', 'month', 'year', 'night']);
const levelVerbs = new Set(['to', 'from', 'reached', 'reach', 'reaching', 'at', 'totalled', 'totaled', 'numbered', 'stood']);
// Two-word names of counted things.
const compounds: ReadonlyMap<string, Subject> = new Map([
  ['service members', { key: 'troops', label: 'troops' }],
  ['death toll', { key: 'deaths', label: 'deaths' }],
]);
const months = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

export function extractNumberClaims(ctx: NumberContext, memory: NumberMemory): Claim[] {
  const ws = ctx.words;
  const claims: (Claim & { pendingFrom?: boolean })[] = [];
  let i = 0;
  while (i < ws.length) {
    const found = numberAt(ctx, i);
    if (found === null) {
      i += 1;
      continue;
    }
    const read = found;
    let range: NumberRange = { min: read.min, max: read.max, approximate: read.approximate };
    const mod = modifierBefore(ws, i);
    const post = modifierAfter(ws, read.next);
    range = applyBound(range, post.bound ?? mod.bound, true);
    let end = read.next + post.length;

    // "between 10 and 20", "one to five", "10-20", "one or two": a range, unless "from 5,000 to 3,000" (a change).
    const fromBefore = ws[mod.first - 1]?.norm === 'from';
    const joiner = ws[end]?.norm;
    const dashed = /^\s*[-–]\s*$/u.test(ctx.gaps[end] ?? '');
    if (!fromBefore && (joiner === 'to' || joiner === 'or' || (joiner === 'and' && ws[mod.first - 1]?.norm === 'between') || dashed)) {
      const second = numberAt(ctx, dashed ? end : end + 1);
      if (second !== null && !second.vague) {
        range = { min: Math.min(range.min, second.min), max: second.max, approximate: range.approximate };
        end = second.next;
      }
    }
    const spanFirst = mod.first;
    if (isRate(ws, spanFirst, end)) {
      i = end;
      continue;
    }

    const unit = unitOf(ctx, i, end);
    const claim =
      unit === null
        ? countClaim(ctx, memory, range, spanFirst, end, read)
        : quantityClaim(ctx, range, unit.unit, spanFirst, end + unit.unit.length);
    if (claim !== null) {
      const negated = ['not', 'no', 'never', 'nor'].includes(ws[spanFirst - 1]?.norm ?? '');
      const excluded = negated ? 'negated' : (claim.excluded ?? hearsay(ctx, spanFirst));
      claims.push({ ...claim, excluded, pendingFrom: fromBefore && claim.subject === '' });
      if (claim.kind === 'count' && claim.subject !== '' && excluded !== 'partial') {
        memory.last = { key: claim.subject, label: claim.subjectLabel };
        memory.paragraph = ctx.paragraph;
      }
    }
    i = Math.max(end, i + 1);
  }
  // "from 3,000 to 2,500 soldiers": the first figure counts what the second does.
  claims.forEach((claim, k) => {
    const next = claims[k + 1];
    if (claim.pendingFrom === true && next !== undefined && next.subject !== '') {
      claims[k] = { ...claim, subject: next.subject, subjectLabel: next.subjectLabel };
    }
  });
  return claims.filter((c) => c.subject !== '').map(({ pendingFrom: _, ...claim }) => claim);
}

/** A number starting at word i that can be a count: not a date, a name ("Quay Seven") or a label ("tanks 3 and 4"). */
function numberAt(ctx: NumberContext, i: number): ReadNumber | null {
  const ws = ctx.words;
  const w = ws[i];
  if (w === undefined || ctx.taken.has(i)) return null;
  const couldBe = w.numeric || isNumberWord(w.norm) || ['a', 'an', 'dozen', 'dozens', 'tens', 'scores', 'hundreds', 'thousands', 'millions', 'several'].includes(w.norm);
  if (!couldBe) return null;
  let read = readNumber(ws, i);
  // "a kilometre": one of a unit. Not "a second bang" (an ordinal: the unit must end the phrase or lead
  // into "of"), nor "several times a week" (a rate).
  const afterUnit = ws[i + 2]?.norm;
  const rate = ['times', 'once', 'twice'].includes(ws[i - 1]?.norm ?? '');
  if (read === null && !rate && (w.norm === 'a' || w.norm === 'an') && readUnit(ws, i + 1) !== null && (afterUnit === undefined || nounBarriers.has(afterUnit))) {
    read = { min: 1, max: 1, approximate: false, vague: false, next: i + 1 };
  }
  if (read === null) return null;
  for (let k = i; k < read.next; k += 1) if (ctx.taken.has(k)) return null;
  const previous = ws[i - 1];
  const joined = previous !== undefined && !/[,;:.()—–]/u.test(ctx.gaps[i] ?? '');
  // A spelled number joined to a capitalised word is part of a name: "Quay Seven", "Ocean's Eleven".
  if (!w.numeric && w.capitalized && joined && previous.capitalized) return null;
  // Digits right after a name or a label noun are an identifier: "Route 66", "tanks 3 and 4" ("About 300" is not).
  const named = previous !== undefined && previous.capitalized && !stopWords.has(previous.norm) && !months.has(previous.norm) && !/^(?:\p{Lu}\.)+$/u.test(previous.text);
  if (w.numeric && joined && previous !== undefined && (named || labelNouns.has(previous.norm))) {
    return null;
  }
  // A year is a date's business unless a counted noun follows ("1500 soldiers").
  if (w.numeric && /^\d{4}$/u.test(w.text) && Number(w.text) >= 1800 && Number(w.text) <= 2100 && !countedThings.has(ws[read.next]?.norm ?? '')) return null;
  // "the one I heard", "each one": a pronoun.
  if (w.norm === 'one' && previous !== undefined && ['the', 'a', 'this', 'that', 'which', 'every', 'each', 'any', 'huge', 'big', 'only', 'no'].includes(previous.norm)) return null;
  return read;
}

function isRate(ws: readonly Word[], first: number, end: number): boolean {
  const before = ws[first - 1]?.norm;
  if (before === 'every' || before === 'per' || (before === 'once' && ws[first]?.norm === 'every')) return true;
  for (let k = end; k < Math.min(ws.length, end + 4); k += 1) {
    const a = ws[k]?.norm;
    if (a === 'per' || a === 'each') return true;
    if ((a === 'a' || a === 'an') && rateWords.has(ws[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

function unitOf(ctx: NumberContext, i: number, end: number): { unit: Unit } | null {
  const ws = ctx.words;
  const first = ws[i];
  const last = ws[end - 1];
  if (first === undefined || last === undefined) return null;
  const currency = currencyBefore(ctx.text, first.start - ctx.start);
  if (currency !== null) return { unit: currency };
  if (percentAfter(ctx.text, last.end - ctx.start)) return { unit: { dimension: 'percent', factor: 1, base: '%', length: 0 } };
  const unit = readUnit(ws, end);
  return unit === null ? null : { unit };
}

function countClaim(
  ctx: NumberContext,
  memory: NumberMemory,
  range: NumberRange,
  first: number,
  end: number,
  read: ReadNumber,
): Claim | null {
  const ws = ctx.words;
  const found = nounAfter(ctx, end);
  let subject = found?.subject ?? null;
  const last = found?.last ?? end - 1;
  let excluded: Claim['excluded'] = null;
  const before = ws[first - 1]?.norm ?? '';
  // "killed four people": the outcome verb before the number says what happened to them.
  if ((subject === null || found?.generic === true) && outcomes.has(before)) subject = outcomes.get(before) ?? subject;
  if (subject === null && (levelVerbs.has(before) || ws.slice(Math.max(0, first - 6), first).some((w) => anaphoricCounts.has(w.norm)))) {
    const recent = ctx.paragraph - memory.paragraph <= 1 ? memory.last : null;
    subject = countedNounBefore(ws, first) ?? (anaphoricBefore(ws, first) ? withoutAddition(recent) : null);
  }
  // "The Riverline website said five": the figure answers the question the paragraph is about.
  if (subject === null && speechVerbs.has(before) && (end >= ws.length || nounBarriers.has(ws[end]?.norm ?? '') || /[,.;]/u.test(ctx.gaps[end] ?? ''))) {
    subject = memory.paragraph === ctx.paragraph ? withoutAddition(memory.last) : null;
  }
  if (subject === null) {
    // Keep a figure whose subject is settled later in the sentence ("from 3,000 to 2,500 soldiers").
    if (ws[first - 1]?.norm !== 'from') return null;
    subject = { key: '', label: '' };
  }
  if (attributedTo(ws, first, last)) return null;
  const after = ws[end]?.norm;
  if (after === 'of' && determiners.has(ws[end + 1]?.norm ?? '') && !read.vague) excluded = 'partial';
  const firstWord = ws[first];
  const lastWord = ws[Math.max(last, end - 1)];
  if (firstWord === undefined || lastWord === undefined) return null;
  return {
    kind: 'count',
    subject: subject.key,
    subjectLabel: subject.label,
    value: { kind: 'count', ...range },
    display: describeRange(range),
    start: firstWord.start,
    end: lastWord.end,
    text: ctx.text.slice(firstWord.start - ctx.start, lastWord.end - ctx.start),
    excluded,
  };
}

/** "according to two officials", "two defense officials said": the story's sources, not its facts. */
function attributedTo(ws: readonly Word[], first: number, last: number): boolean {
  const head = ws[last];
  if (head === undefined || !attributionNouns.has(head.norm)) return false;
  if (ws[first - 1]?.norm === 'to' && ws[first - 2]?.norm === 'according') return true;
  return ws.slice(last + 1, last + 9).some((w) => speechVerbs.has(w.norm));
}

/** What the number counts, read from the words after it. */
function nounAfter(ctx: NumberContext, at: number): { subject: Subject; last: number; generic: boolean } | null {
  const ws = ctx.words;
  let k = at;
  let added = false;
  if (additionWords.has(ws[k]?.norm ?? '') && ws[k]?.norm !== 'more') {
    added = true;
    k += 1;
  }
  // "more than twenty were injured", "eleven injured", "five killed": the outcome itself.
  let probe = k;
  while (auxiliaries.has(ws[probe]?.norm ?? '') && probe < k + 3) probe += 1;
  const direct = outcomes.get(ws[probe]?.norm ?? '');
  if (direct !== undefined && !/[,;:]/u.test(ctx.gaps[k] ?? '')) return { subject: direct, last: probe, generic: false };

  for (let step = 0; step < 5; step += 1, k += 1) {
    const w = ws[k];
    if (w === undefined) return null;
    const gap = ctx.gaps[k] ?? '';
    if (/[,;:|—"“”]/u.test(gap) || (/[()]/u.test(gap) && !/^\)\s*$/u.test(gap))) return null;
    const compound = compounds.get(`${w.norm} ${ws[k + 1]?.norm ?? ''}`);
    if (compound !== undefined) return { subject: added ? addition(compound) : compound, last: k + 1, generic: false };
    // "Three guards were wounded", "two soldiers were killed": what happened to them is what is counted.
    const outcome = outcomeAfter(ws, k);
    const counted = countedThings.get(w.norm);
    if (counted !== undefined) {
      if (outcome !== null && !outcomes.has(w.norm)) return { subject: outcome.subject, last: outcome.at, generic: false };
      return { subject: added ? addition(counted) : counted, last: k, generic: false };
    }
    if (genericPeople.has(w.norm) || (looksPlural(w) && !w.capitalized)) {
      if (outcome !== null) return { subject: outcome.subject, last: outcome.at, generic: false };
      const noun = { key: `noun:${w.stem}`, label: w.norm };
      return { subject: added ? addition(noun) : noun, last: k, generic: genericPeople.has(w.norm) };
    }
    if (nounBarriers.has(w.norm)) return null;
    if (w.capitalized || w.numeric) continue;
    const following = ws[k + 1];
    if ((w.norm.endsWith('ed') || w.norm.endsWith('ing')) && (following === undefined || nounBarriers.has(following.norm))) return null;
  }
  return null;
}

function outcomeAfter(ws: readonly Word[], k: number): { subject: Subject; at: number } | null {
  for (let o = k + 1; o < Math.min(ws.length, k + 5); o += 1) {
    const outcome = outcomes.get(ws[o]?.norm ?? '');
    if (outcome !== undefined) return { subject: outcome, at: o };
    // Not across "and": in "killed nine people and injured dozens" the injuries are not the nine.
    if (!auxiliaries.has(ws[o]?.norm ?? '') && !['who', 'that', 'had'].includes(ws[o]?.norm ?? '')) return null;
  }
  return null;
}

function looksPlural(w: Word): boolean {
  return w.norm.length > 3 && w.norm.endsWith('s') && !/(?:ss|us|is|ous)$/u.test(w.norm) && !speechVerbs.has(w.norm);
}

function addition(subject: Subject): Subject {
  return { key: `${subject.key}+added`, label: `additional ${subject.label}` };
}

function withoutAddition(subject: Subject | null): Subject | null {
  if (subject === null) return null;
  return { key: subject.key.replace(/\+added$/u, ''), label: subject.label.replace(/^additional /u, '') };
}

/** "reduce its troop presence in Iraq from more than 5,000": the counted noun earlier in the clause. */
function countedNounBefore(ws: readonly Word[], first: number): Subject | null {
  for (let k = first - 1; k >= Math.max(0, first - 10); k -= 1) {
    const counted = countedThings.get(ws[k]?.norm ?? '');
    if (counted !== undefined) return counted;
  }
  return null;
}

function anaphoricBefore(ws: readonly Word[], first: number): boolean {
  return ws.slice(Math.max(0, first - 6), first).some((w) => anaphoricCounts.has(w.norm));
}

function quantityClaim(ctx: NumberContext, range: NumberRange, unit: Unit, first: number, end: number): Claim | null {
  const ws = ctx.words;
  const anchor = anchorOf(ctx, first, end);
  if (anchor === null) return null;
  const scaled: NumberRange = {
    min: range.min * unit.factor,
    max: range.max === null ? null : range.max * unit.factor,
    approximate: range.approximate,
  };
  const firstWord = ws[first];
  const lastWord = ws[Math.max(first, end - 1)];
  if (firstWord === undefined || lastWord === undefined) return null;
  const textStart = firstWord.start - ctx.start;
  const currencyShift = unit.length === 0 && unit.dimension.startsWith('money') ? /(?:US)?\$\s*$|€\s*$|£\s*$/u.exec(ctx.text.slice(Math.max(0, textStart - 4), textStart))?.[0].length ?? 0 : 0;
  return {
    kind: 'quantity',
    subject: `${unit.dimension}:${anchor.key}`,
    subjectLabel: `${dimensionLabel(unit.dimension)} (${anchor.label})`,
    value: { kind: 'quantity', dimension: unit.dimension, ...scaled },
    display: describeRange(scaled, unit.base),
    start: firstWord.start - currencyShift,
    end: lastWord.end,
    text: ctx.text.slice(textStart - currencyShift, lastWord.end - ctx.start),
    excluded: null,
  };
}

/** What a quantity measures: "within 500 metres of the quay" → quay, "a 100-acre site" → site, else the happening. */
function anchorOf(ctx: NumberContext, first: number, end: number): Subject | null {
  const ws = ctx.words;
  let k = end;
  if (ws[k]?.norm === 'of' || ws[k]?.norm === 'from') {
    k += 1;
    while (determiners.has(ws[k]?.norm ?? '')) k += 1;
    const noun = ws[k];
    if (noun !== undefined) return { key: noun.stem, label: noun.norm };
  }
  const next = ws[end];
  if (next !== undefined && !nounBarriers.has(next.norm) && !/[,;:.]/u.test(ctx.gaps[end] ?? '')) {
    // "107 mm rockets", "a 100-acre site": skip adjectives to the noun.
    for (let a = end; a < Math.min(ws.length, end + 3); a += 1) {
      const w = ws[a];
      if (w === undefined || nounBarriers.has(w.norm)) break;
      if (looksPlural(w) || countedThings.has(w.norm) || ws[a + 1] === undefined || nounBarriers.has(ws[a + 1]?.norm ?? '')) {
        return { key: w.stem, label: w.norm };
      }
    }
  }
  const happening = happeningAround(ws, first, end, ctx.gaps);
  return happening.type === 'subject' ? happening.subject : null;
}

function dimensionLabel(dimension: string): string {
  if (dimension.startsWith('money:')) return `amount in ${dimension.slice(6)}`;
  return { length: 'distance', area: 'area', mass: 'weight', volume: 'volume', percent: 'share', duration: 'duration' }[dimension] ?? dimension;
}

/** A figure another outlet gave, quoted: "The radio says three", "reports of five or more dead". */
function hearsay(ctx: NumberContext, first: number): Claim['excluded'] {
  const ws = ctx.words;
  const near = ws.slice(Math.max(0, first - 3), first).map((w) => w.norm);
  if (near.some((n) => n === 'reports' || n === 'rumours' || n === 'rumors' || n === 'reported')) return 'reported';
  // A medium as the subject of a verb of saying before the figure (within three words of the verb).
  let lastMedia = -10;
  for (let k = 0; k < first; k += 1) {
    const norm = ws[k]?.norm ?? '';
    if (mediaNouns.has(norm)) lastMedia = k;
    else if (speechVerbs.has(norm) && k - lastMedia <= 3) return 'reported';
  }
  return null;
}
