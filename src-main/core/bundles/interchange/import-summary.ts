// What an import did: counts of what came in, and each thing left out with
// the reason, so nothing a stranger's file carried disappears without a word.

export interface SkippedItem {
  /** Which record: its id in the file, or its place ("annotation #3"). */
  item: string;
  reason: string;
}

export interface ImportSummary {
  format: 'w3c' | 'qdpx';
  imported: { sources: number; highlights: number; fuzzy: number; tags: number; notes: number; links: number };
  /** Found in the file but already in the project (the same source or passage). */
  alreadyPresent: { sources: number; highlights: number };
  skipped: { total: number; items: SkippedItem[] };
}

// The summary crosses a door; a file with a million bad records must not make it huge.
const listedSkips = 500;

export function emptySummary(format: ImportSummary['format']): ImportSummary {
  return {
    format,
    imported: { sources: 0, highlights: 0, fuzzy: 0, tags: 0, notes: 0, links: 0 },
    alreadyPresent: { sources: 0, highlights: 0 },
    skipped: { total: 0, items: [] },
  };
}

export function skip(summary: ImportSummary, item: string, reason: string): void {
  summary.skipped.total += 1;
  if (summary.skipped.items.length < listedSkips) summary.skipped.items.push({ item, reason });
}
