// Expressions that name a day or a span of days, each a readable rule: absolute ("September 29, 2020",
// "in August 2020", "the first quarter of 2020"), relative to the publication date ("last Tuesday", "last
// week", "in January") and relative to the story's own last date ("five days later", "the next morning").

import {
  addMonths, dateOf, dayNumber, monthNumber, monthPattern, monthRange, singleDay, weekdayNames, weekdayOf, weekdayPattern,
  yearRange, type DayRange,
} from './calendar.ts';
import { partsOfDay, type TimeRange } from './times.ts';

/** What a date expression is resolved against. */
export interface DateReferences {
  /** The source's publication date: "yesterday", "last week", "on Tuesday". */
  published: number | null;
  /** The event's date: used when the source has none, and for "two days later" with nothing before it. */
  event: DayRange | null;
  /** The last date the story itself gave, in this paragraph: "five days later", "the next morning". */
  anchor: { day: DayRange; time: TimeRange | null } | null;
  /** The clause speaks of the future ("will meet on Monday"): names of days and months look ahead. */
  forward: boolean;
}

export interface ResolvedDate {
  day: DayRange | null;
  time: TimeRange | null;
}

export interface DayMatch {
  start: number;
  end: number;
  rule: string;
  resolve: (refs: DateReferences) => ResolvedDate | null;
}

interface Rule {
  name: string;
  pattern: RegExp;
  resolve: (m: RegExpMatchArray, refs: DateReferences) => ResolvedDate | null;
}

const M = monthPattern;
const W = weekdayPattern;
const numberWord = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|several|a\\s+couple\\s+of)';
const unit = '(second|minute|hour|day|week|month|year)s?';
const smallNumbers: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  'a few': 3, several: 4, 'a couple of': 2,
};

function count(word: string): number {
  const w = word.toLowerCase().replace(/\s+/gu, ' ');
  return smallNumbers[w] ?? Number(w);
}

/** The day a deictic word counts from: the publication date, else the event's last day. */
function today(refs: DateReferences): number | null {
  return refs.published ?? refs.event?.to ?? null;
}

const day = (range: DayRange | null, time: TimeRange | null = null): ResolvedDate | null => (range === null ? null : { day: range, time });

/** A month with no year: the latest such month not after the reference (or the next one, looking ahead). */
function monthWithoutYear(month: number, refs: DateReferences): DayRange | null {
  const ref = today(refs);
  if (ref === null) return null;
  const r = dateOf(ref);
  const year = refs.forward ? (month >= r.month ? r.year : r.year + 1) : month <= r.month ? r.year : r.year - 1;
  return monthRange(year, month);
}

function dayWithoutYear(month: number, dayOfMonth: number, refs: DateReferences): DayRange | null {
  const ref = today(refs);
  if (ref === null) return null;
  const r = dateOf(ref);
  let candidate = dayNumber(r.year, month, dayOfMonth);
  // News looks back: a date more than a week after the reference belongs to the year before.
  if (!refs.forward && candidate > ref + 7) candidate = dayNumber(r.year - 1, month, dayOfMonth);
  if (refs.forward && candidate < ref - 7) candidate = dayNumber(r.year + 1, month, dayOfMonth);
  return singleDay(candidate);
}

function weekday(name: string, qualifier: string, refs: DateReferences): number | null {
  const ref = today(refs);
  if (ref === null) return null;
  const target = weekdayNames.indexOf(name.toLowerCase());
  const current = weekdayOf(ref);
  if (qualifier === 'next' || (refs.forward && qualifier !== 'last')) {
    const ahead = (target - current + 7) % 7;
    return ref + (ahead === 0 ? 7 : ahead);
  }
  let back = (current - target + 7) % 7;
  // "last Tuesday" said on a Tuesday is a week ago.
  if (back === 0 && qualifier === 'last') back = 7;
  return ref - back;
}

function partOfDay(word: string | undefined): TimeRange | null {
  return word === undefined ? null : (partsOfDay[word.toLowerCase()] ?? null);
}

function shift(range: DayRange, amount: number, unitName: string): DayRange {
  switch (unitName) {
    case 'day':
      return { from: range.from + amount, to: range.to + amount };
    case 'week':
      return { from: range.from + 7 * amount, to: range.to + 7 * amount };
    case 'month':
      return { from: addMonths(range.from, amount), to: addMonths(range.to, amount) };
    case 'year':
      return { from: addMonths(range.from, 12 * amount), to: addMonths(range.to, 12 * amount) };
    default:
      return range;
  }
}

function anchorOrEvent(refs: DateReferences): { day: DayRange; time: TimeRange | null } | null {
  return refs.anchor ?? (refs.event === null ? null : { day: refs.event, time: null });
}

const rules: readonly Rule[] = [
  {
    name: 'iso date',
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/gu,
    resolve: (m) => day(singleDay(dayNumber(Number(m[1]), Number(m[2]), Number(m[3])))),
  },
  {
    name: 'month day year',
    pattern: new RegExp(`\\b(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'gu'),
    resolve: (m, refs) => {
      const month = monthNumber(m[1] ?? '');
      const d = Number(m[2]);
      return day(m[3] === undefined ? dayWithoutYear(month, d, refs) : singleDay(dayNumber(Number(m[3]), month, d)));
    },
  },
  {
    name: 'day month year',
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${M})(?:,?\\s+(\\d{4})\\b)?`, 'gu'),
    resolve: (m, refs) => {
      const month = monthNumber(m[2] ?? '');
      const d = Number(m[1]);
      return day(m[3] === undefined ? dayWithoutYear(month, d, refs) : singleDay(dayNumber(Number(m[3]), month, d)));
    },
  },
  {
    name: 'month year',
    pattern: new RegExp(`\\b(?:(early|mid|late)[-\\s]+)?(${M}),?:?\\s+(?:of\\s+)?(\\d{4})\\b`, 'gu'),
    resolve: (m) => day(partOfMonth(monthRange(Number(m[3]), monthNumber(m[2] ?? '')), m[1])),
  },
  {
    name: 'month this year',
    pattern: new RegExp(`\\b(${M})\\s+(this|last|next)\\s+year\\b`, 'gu'),
    resolve: (m, refs) => {
      const ref = today(refs);
      if (ref === null) return null;
      const offset = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
      return day(monthRange(dateOf(ref).year + offset, monthNumber(m[1] ?? '')));
    },
  },
  {
    name: 'month',
    // Only after a word that makes it a date, and capitalised: "may" and "march" are also verbs.
    pattern: new RegExp(`\\b(?:in|since|by|until|till|during|from|of|last|this|next|early|late|mid)[-\\s]+(?:(early|mid|late)[-\\s]+)?(${M})\\b(?!\\s+\\d)`, 'giu'),
    resolve: (m, refs) => {
      const name = m[2] ?? '';
      if (!/^\p{Lu}/u.test(name)) return null;
      return day(partOfMonth(monthWithoutYear(monthNumber(name), refs), m[1]));
    },
  },
  {
    name: 'quarter',
    pattern: /\b(first|second|third|fourth|1st|2nd|3rd|4th|last)\s+quarter\s+of\s+(?:(this|last)\s+year|(\d{4}))\b/giu,
    resolve: (m, refs) => {
      const ref = today(refs);
      const year = m[3] !== undefined ? Number(m[3]) : ref === null ? null : dateOf(ref).year - (m[2]?.toLowerCase() === 'last' ? 1 : 0);
      if (year === null) return null;
      const q = ['first', '1st', 'second', '2nd', 'third', '3rd', 'fourth', '4th', 'last'].indexOf((m[1] ?? '').toLowerCase());
      const quarter = q === 8 ? 4 : Math.floor(q / 2) + 1;
      return day({ from: monthRange(year, quarter * 3 - 2).from, to: monthRange(year, quarter * 3).to });
    },
  },
  {
    name: 'half year',
    pattern: /\b(first|second)\s+half\s+of\s+(\d{4})\b/giu,
    resolve: (m) => {
      const year = Number(m[2]);
      return day(m[1]?.toLowerCase() === 'first' ? { from: yearRange(year).from, to: monthRange(year, 6).to } : { from: monthRange(year, 7).from, to: yearRange(year).to });
    },
  },
  {
    name: 'part of a year',
    pattern: /\b(early|mid|late)[-\s]+(\d{4})\b/giu,
    resolve: (m) => {
      const year = Number(m[2]);
      const part = (m[1] ?? '').toLowerCase();
      const [a, b] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
      return day({ from: monthRange(year, a).from, to: monthRange(year, b).to });
    },
  },
  {
    name: 'years from to',
    pattern: /\b(?:from|between)\s+(\d{4})\s+(?:to|and|until)\s+(\d{4})\b/giu,
    resolve: (m) => day({ from: yearRange(Number(m[1])).from, to: yearRange(Number(m[2])).to }),
  },
  {
    name: 'year',
    pattern: /\b(?:in|since|by|until|during|before|after|from|of|the|early|late|this|last)\s+(1[89]\d{2}|20\d{2})\b(?![,.]?\d)/giu,
    resolve: (m) => day(yearRange(Number(m[1]))),
  },
  {
    name: 'decade',
    pattern: /\bthe\s+(1[89]\d|20\d)0s\b/giu,
    resolve: (m) => day({ from: yearRange(Number(m[1]) * 10).from, to: yearRange(Number(m[1]) * 10 + 9).to }),
  },
  {
    name: 'weekday',
    pattern: new RegExp(`\\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Tt]hat)\\s+)?(${W})(?:\\s+(morning|afternoon|evening|night))?\\b`, 'gu'),
    resolve: (m, refs) => {
      const d = weekday(m[2] ?? '', (m[1] ?? '').toLowerCase(), refs);
      return d === null ? null : day(singleDay(d), partOfDay(m[3]));
    },
  },
  {
    name: 'today and yesterday',
    pattern: /\b(today|tonight|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?\b/giu,
    resolve: (m, refs) => {
      const ref = today(refs);
      if (ref === null) return null;
      const word = (m[1] ?? '').toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      return day(singleDay(ref + offset), word === 'tonight' ? partsOfDay['night'] ?? null : partOfDay(m[2]));
    },
  },
  {
    name: 'last night',
    pattern: /\b(last|this)\s+(night|morning|afternoon|evening)\b/giu,
    resolve: (m, refs) => {
      const ref = today(refs);
      if (ref === null) return null;
      return day(singleDay(ref - (m[1]?.toLowerCase() === 'last' ? 1 : 0)), partOfDay(m[2]));
    },
  },
  {
    name: 'this week',
    pattern: /\b(?:(earlier|later)\s+)?(this|last|next|past)\s+(week|month|year|weekend)\b/giu,
    resolve: (m, refs) => {
      const ref = today(refs);
      if (ref === null) return null;
      const which = (m[2] ?? '').toLowerCase();
      const span = (m[3] ?? '').toLowerCase();
      const offset = which === 'last' || which === 'past' ? -1 : which === 'next' ? 1 : 0;
      const r = dateOf(ref);
      let range: DayRange;
      if (span === 'week') {
        const monday = ref - ((weekdayOf(ref) + 6) % 7);
        range = { from: monday + 7 * offset, to: monday + 7 * offset + 6 };
      } else if (span === 'weekend') {
        range = weekendOf(ref, offset);
      } else if (span === 'month') {
        const first = dayNumber(r.year, r.month + offset, 1);
        const f = dateOf(first);
        range = monthRange(f.year, f.month);
      } else {
        range = yearRange(r.year + offset);
      }
      if (m[1]?.toLowerCase() === 'earlier') range = { from: range.from, to: Math.min(range.to, ref) };
      if (m[1]?.toLowerCase() === 'later') range = { from: Math.max(range.from, ref), to: range.to };
      return day(range);
    },
  },
  {
    name: 'the weekend',
    pattern: /\b(?:over|during|at|on)\s+the\s+weekend\b/giu,
    resolve: (_m, refs) => {
      const ref = today(refs);
      return ref === null ? null : day(weekendOf(ref, refs.forward ? 1 : 0));
    },
  },
  {
    name: 'recent weeks',
    pattern: /\bin\s+(?:recent|the\s+(?:past|last)(?:\s+few)?)\s+(days|weeks|months)\b/giu,
    resolve: (m, refs) => {
      const ref = today(refs);
      if (ref === null) return null;
      const back = { days: 10, weeks: 42, months: 120 }[(m[1] ?? '').toLowerCase()] ?? 30;
      return day({ from: ref - back, to: ref });
    },
  },
  {
    name: 'ago',
    pattern: new RegExp(`\\b(${numberWord})\\s+${unit}\\s+ago\\b`, 'giu'),
    resolve: (m, refs) => {
      const ref = today(refs);
      if (ref === null) return null;
      return day(shift(singleDay(ref), -count(m[1] ?? '1'), (m[2] ?? '').toLowerCase()));
    },
  },
  {
    name: 'later',
    pattern: new RegExp(`\\b(${numberWord})\\s+${unit}\\s+(later|after|afterwards|earlier|before)\\b`, 'giu'),
    resolve: (m, refs) => {
      const base = anchorOrEvent(refs);
      if (base === null) return null;
      const amount = count(m[1] ?? '1') * (/earlier|before/iu.test(m[3] ?? '') ? -1 : 1);
      const u = (m[2] ?? '').toLowerCase();
      // Seconds are read (so "ten seconds later" is not a count) but finer than any date claim.
      if (u === 'second') return null;
      if (u === 'minute' || u === 'hour') return shiftTime(base, amount * (u === 'hour' ? 60 : 1), false);
      return day(shift(base.day, amount, u));
    },
  },
  {
    name: 'within',
    pattern: new RegExp(`\\bwithin\\s+(${numberWord})\\s+(minute|hour)s?\\b`, 'giu'),
    resolve: (m, refs) => {
      if (refs.anchor === null) return null;
      return shiftTime(refs.anchor, count(m[1] ?? '1') * ((m[2] ?? '').toLowerCase() === 'hour' ? 60 : 1), true);
    },
  },
  {
    name: 'the next day',
    pattern: /\bthe\s+(next|following|previous)\s+(day|morning|afternoon|evening|night|week|month|year)\b/giu,
    resolve: (m, refs) => {
      const base = anchorOrEvent(refs);
      if (base === null) return null;
      const sign = m[1]?.toLowerCase() === 'previous' ? -1 : 1;
      const span = (m[2] ?? '').toLowerCase();
      if (span === 'week' || span === 'month' || span === 'year') return day(shift(base.day, sign, span));
      return day(shift(base.day, sign, 'day'), partOfDay(span));
    },
  },
  {
    name: 'the morning after',
    pattern: /\bthe\s+(day|morning|afternoon|evening|night)\s+(after|before)\b/giu,
    resolve: (m, refs) => {
      const base = anchorOrEvent(refs);
      if (base === null) return null;
      return day(shift(base.day, m[2]?.toLowerCase() === 'before' ? -1 : 1, 'day'), partOfDay(m[1]));
    },
  },
  {
    name: 'the same day',
    pattern: /\b(?:the\s+same|that)\s+(day|morning|afternoon|evening|night)\b/giu,
    resolve: (m, refs) => {
      const base = anchorOrEvent(refs);
      return base === null ? null : day(base.day, partOfDay(m[1]));
    },
  },
];

function partOfMonth(range: DayRange | null, part: string | undefined): DayRange | null {
  if (range === null || part === undefined) return range;
  const p = part.toLowerCase();
  if (p === 'early') return { from: range.from, to: range.from + 9 };
  if (p === 'mid') return { from: range.from + 10, to: range.from + 19 };
  return { from: range.from + 20, to: range.to };
}

function weekendOf(ref: number, offset: number): DayRange {
  // The weekend on or before the reference (Saturday and Sunday).
  const back = (weekdayOf(ref) + 1) % 7;
  const saturday = ref - back + 7 * offset;
  return { from: saturday, to: saturday + 1 };
}

function shiftTime(base: { day: DayRange; time: TimeRange | null }, minutes: number, within: boolean): ResolvedDate | null {
  if (base.time === null) return { day: base.day, time: null };
  const from = within ? base.time.from : base.time.from + minutes;
  const to = base.time.to + minutes;
  if (to >= 1440 && base.day.from === base.day.to) {
    // Past midnight: the next day; a span across midnight keeps the first day and clamps.
    if (from >= 1440) return { day: singleDay(base.day.from + 1), time: { from: from - 1440, to: to - 1440 } };
    return { day: base.day, time: { from, to: 1439 } };
  }
  return { day: base.day, time: { from: Math.max(0, from), to: Math.min(1439, to) } };
}

/** Every day expression in a text, the longest where two overlap, in reading order. */
export function findDays(text: string): DayMatch[] {
  const found: DayMatch[] = [];
  for (const rule of rules) {
    for (const m of text.matchAll(rule.pattern)) {
      found.push({ start: m.index, end: m.index + m[0].length, rule: rule.name, resolve: (refs) => rule.resolve(m, refs) });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DayMatch[] = [];
  for (const match of found) {
    if (kept.some((k) => k.start < match.end && match.start < k.end)) continue;
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
