// The reading text cut into paragraphs: runs of lines separated by blank
// lines, each with its start offset in the text (the coordinate space that
// highlights will use).

export interface Paragraph {
  /** JavaScript string index of the paragraph's first character in the reading text. */
  start: number;
  text: string;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = -1;
  let end = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const blank = text.slice(lineStart, lineEnd).trim() === '';
    if (blank && start !== -1) {
      paragraphs.push({ start, text: text.slice(start, end) });
      start = -1;
    } else if (!blank) {
      if (start === -1) start = lineStart;
      end = lineEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (start !== -1) paragraphs.push({ start, text: text.slice(start, end) });
  return paragraphs;
}

/** A line of the reading column holds about this many characters (65ch less its padding, in a proportional font). */
const charactersPerLine = 64;

/** Roughly how many lines a paragraph takes when drawn: the height it is given until it is laid out. */
export function estimatedLines(text: string): number {
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(line.length / charactersPerLine));
  return lines;
}
