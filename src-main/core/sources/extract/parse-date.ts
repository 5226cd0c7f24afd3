// Reading a stated date into ISO form at the precision actually stated: 'YYYY-MM-DD',
// 'YYYY-MM' or 'YYYY'. Anything ambiguous or without a year comes back null, never a guess.

import * as chrono from 'chrono-node';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_YEAR = new RegExp(`^${MONTH_NAME},?\\s+(\\d{4})$`, 'iu');
// Machine dates: ISO 8601, and the slashed year-first form citation tags use (2019/06/30).
const ISO_DATE = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/u;
const YEAR = /^(1[5-9]\d{2}|20\d{2})$/u;
// What may surround a date on a dateline without being part of it: times, zones, fillers.
const DATE_FILLER = /\b(?:at|on|updated|published|posted|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt|ct)\b|\d{1,2}[:.]\d{2}(?::\d{2})?|[\s,.|·•:;()[\]/–—-]+/giu;
const EARLIEST_YEAR = 1500;
// A publication date is in the past; next year is allowed for embargoed and mis-set clocks.
const latestYear = (): number => new Date().getUTCFullYear() + 1;

/** A machine-written date (meta tags, JSON-LD, front matter): ISO 8601 or a spelled-out date. */
export function parseMachineDate(value: string): string | null {
  const text = value.trim();
  const iso = ISO_DATE.exec(text);
  if (iso !== null) return isoFromParts(Number(iso[1]), Number(iso[2]), iso[3] === undefined ? null : Number(iso[3]));
  return parseStatedDate(text, { allowYearOnly: true });
}

/**
 * A piece of text that is a date and nothing else (allowing weekday, time and time zone),
 * e.g. "September 29, 2020", "Tue 29 Sep 2020 10.31 BST", "2020-09-29", "September 2020".
 * A bare year is accepted only when the caller knows the text is labelled as a date.
 */
export function parseStatedDate(text: string, options: { allowYearOnly?: boolean } = {}): string | null {
  // The title and the date readers ask about the same header lines: each is parsed once.
  const key = `${latestYear()}|${options.allowYearOnly === true ? 'y' : 'n'}|${text}`;
  const known = recentlyParsed.get(key);
  if (known !== undefined) return known;
  const parsed = parseUncached(text, options);
  if (recentlyParsed.size >= RECENTLY_PARSED_LIMIT) recentlyParsed.clear();
  recentlyParsed.set(key, parsed);
  return parsed;
}

// Parsing a date with chrono is the costliest step of reading a header; the answer for a given
// text (and year: see latestYear) never changes, so the last few hundred are kept.
const RECENTLY_PARSED_LIMIT = 500;
const recentlyParsed = new Map<string, string | null>();

function parseUncached(text: string, options: { allowYearOnly?: boolean }): string | null {
  const trimmed = text.trim().replace(/[.,;]$/u, '');
  if (trimmed === '' || trimmed.length > 80) return null;
  const iso = ISO_DATE.exec(trimmed);
  if (iso !== null) return isoFromParts(Number(iso[1]), Number(iso[2]), iso[3] === undefined ? null : Number(iso[3]));
  const monthYear = MONTH_YEAR.exec(trimmed);
  if (monthYear !== null) return isoFromParts(Number(monthYear[2]), monthNumber(monthYear[1] ?? ''), null);
  if (YEAR.test(trimmed)) return options.allowYearOnly === true && Number(trimmed) <= latestYear() ? trimmed : null;
  return parseWithChrono(trimmed);
}

function parseWithChrono(text: string): string | null {
  const results = chrono.strict.parse(text, new Date(2000, 0, 1));
  const first = results[0];
  if (first === undefined) return null;
  // A date counted from today ("3 days ago") would be read against the made-up day above: refused, not guessed.
  if (first.tags().has('result/relativeDate')) return null;
  const { start } = first;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  if (isAmbiguousNumeric(first.text)) return null;
  let rest = text;
  for (const result of results) rest = rest.replace(result.text, ' ');
  if (rest.replace(DATE_FILLER, '').replace(/^(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*$/iu, '') !== '') return null;
  return isoFromParts(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
}

// "03/04/2020" is March or April depending on the writer's country; only a day over 12 settles it.
function isAmbiguousNumeric(text: string): boolean {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$/u.exec(text.trim());
  if (match === null) return false;
  const first = Number(match[1]);
  const second = Number(match[2]);
  return first <= 12 && second <= 12 && first !== second;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/u, '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

function isoFromParts(year: number, month: number, day: number | null): string | null {
  if (year < EARLIEST_YEAR || year > latestYear() || month < 1 || month > 12) return null;
  const yyyy = String(year).padStart(4, '0');
  const mm = String(month).padStart(2, '0');
  if (day === null) return `${yyyy}-${mm}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return `${yyyy}-${mm}-${String(day).padStart(2, '0')}`;
}
