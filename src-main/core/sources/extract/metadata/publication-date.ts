// The publication date as the text states it: a labelled line ("Published: …"), a date on the
// byline, or a header line that is only a date. Dates inside sentences are never taken.

import { atMostWords } from '../line-shape.ts';
import { parseStatedDate } from '../parse-date.ts';
import type { ContentLine, LineView } from './line-view.ts';
import { contentLines, leadLines } from './line-view.ts';
import { readPostedByline } from './posted-byline.ts';

const PUBLISHED_LABEL = /^(?:first\s+)?(?:published|posted|released|issued|dated?|publication date|date of publication|date published)(?:\s+(?:on|at))?\s*[:–—-]?\s*(.+)$/iu;
const UPDATED_LABEL = /^(?:this (?:page|article) was )?(?:last\s+)?(?:updated|modified|revised|edited)(?:\s+(?:on|at))?\s*[:–—-]?\s*(.+)$/iu;
const SEGMENT_SEPARATOR = /\s+[|·•–—]\s+|\s+-\s+|\s*\|\s*/u;
const MAX_DATE_LINE_WORDS = 20;
const BYLINE_NAME = /^by\s+[^,]+,\s*/iu;
// "Posted by Jane Doe on September 29, 2020": the date follows the last "on".
const BYLINE_ON_DATE = /^(?:by|posted|published|written)\b.*\bon\s+(.+)$/iu;

export function findPublicationDate(view: LineView): string | null {
  const all = contentLines(view).filter((line) => atMostWords(line.text, MAX_DATE_LINE_WORDS));
  const lead = leadLines(view).filter((line) => atMostWords(line.text, MAX_DATE_LINE_WORDS));
  // A "Published" label (or a blog's "Posted by … on …" near the top) beats an "Updated" one,
  // and either beats an unlabelled header date.
  return (
    firstLabelled(all, PUBLISHED_LABEL) ??
    firstPostedDate(lead) ??
    firstLabelled(all, UPDATED_LABEL) ??
    firstHeaderDate(lead)
  );
}

function firstLabelled(lines: readonly ContentLine[], label: RegExp): string | null {
  for (const line of lines) {
    // The label may share the line with a byline: "By Jane Doe | Published: 29 Sep 2020".
    for (const segment of line.text.split(SEGMENT_SEPARATOR)) {
      const match = label.exec(segment.trim());
      const date = match?.[1] === undefined ? null : parseStatedDate(match[1], { allowYearOnly: true });
      if (date !== null) return date;
    }
  }
  return null;
}

function firstPostedDate(lines: readonly ContentLine[]): string | null {
  for (const line of lines) {
    const date = readPostedByline(line.text)?.date ?? null;
    if (date !== null) return date;
  }
  return null;
}

function firstHeaderDate(lines: readonly ContentLine[]): string | null {
  for (const line of lines) {
    for (const segment of line.text.split(SEGMENT_SEPARATOR)) {
      // "By Jane Doe, September 29, 2020": the date follows the byline's name.
      const onDate = BYLINE_ON_DATE.exec(segment.trim())?.[1];
      const date =
        parseStatedDate(segment) ??
        parseStatedDate(segment.replace(BYLINE_NAME, '')) ??
        (onDate === undefined ? null : parseStatedDate(onDate));
      if (date !== null) return date;
    }
  }
  return null;
}
