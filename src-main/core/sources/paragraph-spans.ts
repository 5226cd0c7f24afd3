// The reading text's paragraphs: runs of non-blank lines, as offsets into the
// text. The reader draws them and the exported report marks them up, and a
// highlight's offsets must land in the same paragraph in both, so both use this.
// Pure, with no imports: the renderer runs it too (tests/unit/boundaries.test.ts).

export interface ParagraphSpan {
  /** UTF-16 index of the paragraph's first character. */
  start: number;
  /** UTF-16 index just past its last character. */
  end: number;
}

export function paragraphSpans(text: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let start = -1;
  let end = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const blank = text.slice(lineStart, lineEnd).trim() === '';
    if (blank && start !== -1) {
      spans.push({ start, end });
      start = -1;
    } else if (!blank) {
      if (start === -1) start = lineStart;
      end = lineEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (start !== -1) spans.push({ start, end });
  return spans;
}
