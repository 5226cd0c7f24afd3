// The blog byline that carries both author and date: "Posted by Dana Whitfield on March 3, 2024"
// (or "…, March 3, 2024", or "Posted on March 3, 2024 by Dana Whitfield"). Read once here, so
// the author and the date readers split the line the same way.

import { parseStatedDate } from '../parse-date.ts';

const BY_THEN_DATE = /^posted\s+by\s*[:–—-]?\s*(.+?)(?:\s+on\s+|,\s*)(.+)$/iu;
const DATE_THEN_BY = /^posted\s+(?:on\s+)?(.+?)\s+by\s+(.+)$/iu;
// What may follow the date on such a line: a time, a category, a comment count.
const AFTER_DATE = /\s+(?:at|in|under|filed under|with)\s+.*$|\s*[|·•]\s*.*$/iu;

export interface PostedByline {
  /** The text where the name stands; the caller decides whether it is a person's name. */
  nameText: string;
  /** The date, as YYYY-MM-DD, or null when the rest of the line is not one. */
  date: string | null;
}

export function readPostedByline(line: string): PostedByline | null {
  const text = line.trim();
  const byThenDate = BY_THEN_DATE.exec(text);
  if (byThenDate?.[1] !== undefined && byThenDate[2] !== undefined) {
    return { nameText: byThenDate[1], date: postedDate(byThenDate[2]) };
  }
  const dateThenBy = DATE_THEN_BY.exec(text);
  if (dateThenBy?.[1] !== undefined && dateThenBy[2] !== undefined) {
    const date = postedDate(dateThenBy[1]);
    // "Posted by…" aside, only a real date makes "Posted … by …" a byline.
    return date === null ? null : { nameText: dateThenBy[2], date };
  }
  return null;
}

function postedDate(text: string): string | null {
  return parseStatedDate(text) ?? parseStatedDate(text.replace(AFTER_DATE, ''));
}
