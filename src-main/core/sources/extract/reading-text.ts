// The reading text: the coordinate space of every highlight, so it is a pure function of
// (lines, removed set) and must never change for the same inputs.

/**
 * Kept lines joined with '\n'; runs of blank lines (including those left when noise between
 * paragraphs is removed) collapse to one blank line, and the text never starts or ends blank.
 */
export function assembleReadingText(lines: readonly string[], removedLines: ReadonlySet<number>): string {
  const kept: string[] = [];
  let blankPending = false;
  for (let index = 0; index < lines.length; index += 1) {
    if (removedLines.has(index)) continue;
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      // A blank only matters once something has been written before it.
      blankPending = kept.length > 0;
      continue;
    }
    if (blankPending) kept.push('');
    blankPending = false;
    kept.push(line);
  }
  return kept.join('\n');
}
