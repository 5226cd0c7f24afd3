// Date claims in one sentence: day expressions joined with a time next to them ("shortly after 11pm on
// Tuesday"), resolved against the publication date, the event date or the story's last date, and tied
// to the happening they date. Dates of statements ("said on Wednesday") are read but not claimed.

import type { Word } from '../../text/words.ts';
import { happeningAround } from '../happenings.ts';
import { happenings, type Subject } from '../lexicon.ts';
import type { Claim } from '../types.ts';
import { describeDays, describeTime, type DayRange } from './calendar.ts';
import { findDays, type DateReferences, type DayMatch } from './day-expressions.ts';
import { findTimes, type TimeMatch, type TimeRange } from './times.ts';

export interface DateContext {
  text: string;
  start: number;
  paragraph: number;
  words: readonly Word[];
  gaps: readonly string[];
  /** The next sentence of the paragraph, for "It was about half past ten at night. ... there was a bang". */
  nextWords: readonly Word[] | null;
}

/** The story's own clock, carried from sentence to sentence within a paragraph. */
export interface DateMemory {
  anchor: { day: DayRange; time: TimeRange | null } | null;
  paragraph: number;
}

export interface DateOutcome {
  claims: Claim[];
  /** Word indices that belong to date and time expressions (numbers must not read them as counts). */
  taken: Set<number>;
}

interface Expression {
  start: number;
  end: number;
  day: DayMatch | null;
  time: TimeMatch | null;
}

const joiner = /^[\s,]*(?:on|at|of|in\s+the|,)?[\s,]*$/u;
const future = /\b(?:will|would|shall|'ll|plans?\s+to|(?:is|are)\s+expected\s+to|going\s+to|next)\b/iu;
const sceneSetting = /^(?:it|that|this)\s+was\b/iu;

export function extractDateClaims(ctx: DateContext, refs: Pick<DateReferences, 'published' | 'event'>, memory: DateMemory): DateOutcome {
  const taken = new Set<number>();
  const claims: Claim[] = [];
  if (memory.paragraph !== ctx.paragraph) {
    memory.anchor = null;
    memory.paragraph = ctx.paragraph;
  }
  for (const expression of expressions(ctx.text)) {
    const first = ctx.words.findIndex((w) => w.end - ctx.start > expression.start);
    let last = first;
    while (last + 1 < ctx.words.length && (ctx.words[last + 1]?.start ?? 0) - ctx.start < expression.end) last += 1;
    if (first === -1) continue;
    for (let k = first; k <= last; k += 1) taken.add(k);

    const forward = future.test(ctx.text.slice(0, expression.start));
    const resolved = expression.day?.resolve({ ...refs, anchor: memory.anchor, forward }) ?? null;
    if (expression.day !== null && resolved === null) continue;
    const day = resolved?.day ?? null;
    const time = expression.time?.time ?? resolved?.time ?? null;
    if (day === null && time === null) continue;
    if (day !== null) memory.anchor = { day, time };

    // In-text citations, "(Farsi, October: 2020)", date a publication, not a happening.
    if (/\(\s*\p{Lu}[^()]{0,60},\s*$/u.test(ctx.text.slice(0, expression.start)) && /^\s*\)/u.test(ctx.text.slice(expression.end))) continue;
    const subject = subjectOf(ctx, first, last + 1);
    if (subject === null) continue;
    const text = ctx.text.slice(expression.start, expression.end);
    claims.push({
      kind: 'date',
      subject: subject.key,
      subjectLabel: dateLabel(subject),
      value: { kind: 'date', day, time },
      display: [day === null ? null : describeDays(day), time === null ? null : describeTime(time)].filter((p) => p !== null).join(', '),
      start: ctx.start + expression.start,
      end: ctx.start + expression.end,
      text,
      excluded: null,
    });
  }
  return { claims, taken };
}

/** Day expressions, each joined with a time of day written next to it; lone times stand alone. */
function expressions(text: string): Expression[] {
  const days = findDays(text);
  const times = findTimes(text).filter((t) => !days.some((d) => d.start < t.end && t.start < d.end));
  const out: Expression[] = days.map((d) => ({ start: d.start, end: d.end, day: d, time: null }));
  for (const time of times) {
    const partner = out.find(
      (e) => e.time === null && e.day !== null &&
        ((e.start >= time.end && joiner.test(text.slice(time.end, e.start))) || (e.end <= time.start && joiner.test(text.slice(e.end, time.start)))),
    );
    if (partner !== undefined) {
      partner.time = time;
      partner.start = Math.min(partner.start, time.start);
      partner.end = Math.max(partner.end, time.end);
    } else {
      out.push({ start: time.start, end: time.end, day: null, time });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// A happening from the lexicon is a noun ("date of the explosion"); a verb
// fallback is quoted as the word the text used ("date of “failed”").
function dateLabel(subject: Subject): string {
  return subject.key.startsWith('verb:') ? `date of “${subject.label}”` : `date of the ${subject.label}`;
}

function subjectOf(ctx: DateContext, from: number, to: number): Subject | null {
  const happening = happeningAround(ctx.words, from, to, ctx.gaps);
  if (happening.type === 'subject') return happening.subject;
  if (happening.type === 'statement') return null;
  // "It was about half past ten at night." sets the time of what the next sentence tells.
  if (sceneSetting.test(ctx.text) && ctx.nextWords !== null) {
    for (const w of ctx.nextWords) {
      const found = happenings.get(w.norm);
      if (found !== undefined) return found;
    }
  }
  return null;
}
