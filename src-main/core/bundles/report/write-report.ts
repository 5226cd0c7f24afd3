// The standalone HTML report: one file, no script, readable offline in any browser. writeReport streams
// it in chunks for the rows in the selected_* temp tables (fill them with withSelection), so a large
// project goes into a file or a zip entry without being held in memory; reportToString is for small ones.

import type Database from 'better-sqlite3';
import { withSelection, type Selection, type SelectionCounts } from '../selection.ts';
import { escapeHtml as esc } from './escape-html.ts';
import { writeCodebook } from './report-codebook.ts';
import { writeComparisons } from './report-comparisons.ts';
import { writeCover, writeHead } from './report-cover.ts';
import { selectedSources, writeSources } from './report-sources.ts';
import { selectedEvents, writeTimeline } from './report-timeline.ts';

export interface ReportOptions {
  /** Shown as the report's title: the project's name. */
  projectName: string;
  selection: Selection;
  counts: SelectionCounts;
  /** ISO timestamp; defaults to now. */
  generatedAt?: string;
}

export function writeReport(db: Database.Database, write: (chunk: string) => void, options: ReportOptions): void {
  const generatedAt = options.generatedAt ?? new Date().toISOString();
  const sources = selectedSources(db);
  const events = selectedEvents(db);
  writeHead(write, `${options.projectName}: Sourcebench report`);
  writeCover(db, write, {
    projectName: options.projectName,
    generatedAt,
    selection: options.selection,
    counts: options.counts,
    contents: { sources: sources.map((s) => ({ id: s.id, title: s.title })), events: events.map((e) => ({ id: e.id, title: e.title })), tags: options.counts.tags },
  });
  write('<main>\n');
  writeSources(db, write, sources);
  writeCodebook(db, write);
  writeTimeline(write, events);
  writeComparisons(db, write, events);
  write('</main>\n');
  write(`<footer>Made with Sourcebench on ${esc(generatedAt.slice(0, 10))}. This file carries no script and loads nothing from anywhere; every quote is the imported text, escaped.</footer>\n</body>\n</html>\n`);
}

/** The whole report as one string: fills the selection, writes, and drops the temp tables again. */
export function reportToString(db: Database.Database, selection: Selection, options: { projectName: string; generatedAt?: string }): string {
  const chunks: string[] = [];
  withSelection(db, selection, (counts) => writeReport(db, (chunk) => chunks.push(chunk), { ...options, selection, counts }));
  return chunks.join('');
}
