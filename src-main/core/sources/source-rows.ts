// Reading sources out of the database and into the contract's shapes.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import type { RemovedLine, SourceFormat, SourceKind } from './extract/extract-document.ts';
import type { SourceDetail, SourceSummary } from './source-types.ts';
import { statement } from '../project/statements.ts';

export const summaryColumns = `id, title, author, publisher, published_at, url, kind, language, format,
  file_name, highlight_count, imported_at, updated_at`;

export interface SummaryRow {
  id: string;
  title: string;
  author: string | null;
  publisher: string | null;
  published_at: string | null;
  url: string | null;
  kind: SourceKind | null;
  language: string | null;
  format: SourceFormat;
  file_name: string | null;
  highlight_count: number;
  imported_at: string;
  updated_at: string;
}

export function toSummary(row: SummaryRow): SourceSummary {
  return {
    id: row.id,
    title: row.title,
    author: row.author,
    publisher: row.publisher,
    publishedAt: row.published_at,
    url: row.url,
    kind: row.kind,
    language: row.language,
    format: row.format,
    fileName: row.file_name,
    highlightCount: row.highlight_count,
    importedAt: row.imported_at,
    updatedAt: row.updated_at,
  };
}

export function readSummary(db: Database.Database, id: string): SourceSummary {
  const row = statement(db, `SELECT ${summaryColumns} FROM sources WHERE id = ?`).get(id) as SummaryRow | undefined;
  if (!row) throw new AppError('not_found', `No source with id ${id}.`);
  return toSummary(row);
}

interface CurrentRevisionRow {
  lines: string;
  revision_id: string;
  number: number;
  text: string;
  removed_lines: string;
  reason: string;
  created_at: string;
}

export interface CurrentRevision {
  lines: string[];
  removed: RemovedLine[];
  revision: SourceDetail['revision'];
  text: string;
}

export function readCurrentRevision(db: Database.Database, id: string): CurrentRevision {
  const row = db
    .prepare(
      `SELECT r.lines, r.id AS revision_id, r.number, r.text, r.removed_lines, r.reason, r.created_at
       FROM sources s JOIN source_revisions r ON r.id = s.current_revision_id WHERE s.id = ?`,
    )
    .get(id) as CurrentRevisionRow | undefined;
  if (!row) throw new AppError('not_found', `No source with id ${id}.`);
  return {
    lines: JSON.parse(row.lines) as string[],
    removed: JSON.parse(row.removed_lines) as RemovedLine[],
    revision: { id: row.revision_id, number: row.number, reason: row.reason, createdAt: row.created_at },
    text: row.text,
  };
}

export function readDetail(db: Database.Database, id: string): SourceDetail {
  const summary = readSummary(db, id);
  const current = readCurrentRevision(db, id);
  return {
    ...summary,
    text: current.text,
    revision: current.revision,
    removedLines: current.removed.map((r) => ({ ...r, text: current.lines[r.line] ?? '' })),
  };
}
