// The reading text cut into paragraphs (the rule is shared with the exported
// report), each with its start offset in the text: the coordinate space of highlights.

import { paragraphSpans } from '../../src-main/core/sources/paragraph-spans.ts';

export interface Paragraph {
  /** JavaScript string index of the paragraph's first character in the reading text. */
  start: number;
  text: string;
}

export function splitParagraphs(text: string): Paragraph[] {
  return paragraphSpans(text).map(({ start, end }) => ({ start, text: text.slice(start, end) }));
}

/** A line of the reading column holds about this many characters (65ch less its padding, in a proportional font). */
const charactersPerLine = 64;

/** Roughly how many lines a paragraph takes when drawn: the height it is given until it is laid out. */
export function estimatedLines(text: string): number {
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(line.length / charactersPerLine));
  return lines;
}
