// The title read off the text: the first header line that reads as a headline, preferring
// one the page printed twice, and skipping bylines, dates, labels and site names.

import { comparable, isHeadlineLike, wordCount } from '../line-shape.ts';
import { parseStatedDate } from '../parse-date.ts';
import type { ContentLine, LineView } from './line-view.ts';
import { headerLines, leadLines } from './line-view.ts';
import { isSiteNameLine } from './organization-name.ts';

export interface FoundTitle {
  title: string;
  line: number;
}

const NOT_A_TITLE = /^(?:by|prepared by|written by|posted by|updated|published|posted|source|sources|credit|photo|image|author|date|filed|tags)\b/iu;

// A page header often starts with a short site or section name before the headline; a
// full headline among the first few candidates beats a shorter line above it.
const FULL_HEADLINE_WORDS = 4;
const CANDIDATES_CONSIDERED = 3;

export function findTitle(view: LineView): FoundTitle | null {
  // Usually the title precedes the first paragraph; a document that opens with prose may still
  // have a headline-like line before its second paragraph.
  const lead = leadLines(view);
  const header = headerLines(view).filter(isTitleCandidate);
  const candidates = header.length > 0 ? header : lead.filter(isTitleCandidate);
  const leadForms = candidates.length === 0 ? [] : lead.map((line) => ({ index: line.index, form: comparable(line.text) }));
  const repeated = candidates.find((line) => {
    const form = comparable(line.text);
    return leadForms.some((other) => other.index !== line.index && other.form === form);
  });
  const full = candidates.slice(0, CANDIDATES_CONSIDERED).find((line) => wordCount(line.text) >= FULL_HEADLINE_WORDS);
  const chosen = repeated ?? full ?? candidates[0];
  return chosen === undefined ? null : { title: chosen.text, line: chosen.index };
}

function isTitleCandidate(line: ContentLine): boolean {
  return (
    isHeadlineLike(line.text) &&
    !NOT_A_TITLE.test(line.text) &&
    parseStatedDate(line.text) === null &&
    !isSiteNameLine(line.text)
  );
}
