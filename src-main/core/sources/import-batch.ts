// Importing many files at once, as the CLI and the workbench do: one transaction for the
// batch (one commit instead of one per file) and a savepoint per file, so a file that cannot
// be imported fails alone, its error reported, and the others are kept.

import type { Project } from '../project/project.ts';
import { asAppError, type ErrorData } from '../api/errors.ts';
import { indexNewSources, type NewSourceText } from '../search/index-new-sources.ts';
import { extractDocument, type ExtractedDocument } from './extract/extract-document.ts';
import { displayName } from './extract/import-errors.ts';
import { storeExtracted } from './import-source.ts';
import type { SourceSummary } from './source-types.ts';

export interface BatchFile {
  fileName: string;
  bytes: Uint8Array;
}

export type BatchFileResult =
  | { fileName: string; status: 'imported' | 'duplicate'; source: SourceSummary }
  | { fileName: string; status: 'failed'; error: ErrorData };

/** One result per file, in the order given. */
export function importBatch(project: Project, files: readonly BatchFile[]): BatchFileResult[] {
  return storeBatch(project, files, (file) => extractDocument(file.fileName, file.bytes));
}

/**
 * The same, for files whose extraction was made elsewhere: the CLI extracts the next files in a
 * worker thread while this thread stores. In-process only, and deliberately no operation: a
 * door must never hand the core a ready-made extraction. `extractionOf(index)` returns the
 * extraction of files[index] (it may wait for it) or throws what extracting it threw; it is
 * asked in order, inside the file's savepoint. Runs in its own transaction, as an operation does.
 */
export function importExtractedBatch(project: Project, files: readonly BatchFile[], extractionOf: (index: number) => ExtractedDocument): BatchFileResult[] {
  return project.db.transaction(() => storeBatch(project, files, (_file, index) => extractionOf(index)))();
}

function storeBatch(project: Project, files: readonly BatchFile[], extract: (file: BatchFile, index: number) => ExtractedDocument): BatchFileResult[] {
  const { db } = project;
  const newSources: NewSourceText[] = [];
  // Nested inside the batch's transaction, better-sqlite3 makes this a savepoint.
  const storeOne = db.transaction((file: BatchFile, index: number) => storeExtracted(db, { fileName: file.fileName, bytes: file.bytes }, extract(file, index)));
  const results = files.map((file, index): BatchFileResult => {
    try {
      const stored = storeOne(file, index);
      if (stored.newSource !== null) newSources.push(stored.newSource);
      return { fileName: file.fileName, ...stored.outcome };
    } catch (error) {
      return { fileName: file.fileName, status: 'failed', error: fileError(file.fileName, error) };
    }
  });
  // After every savepoint: the whole batch reaches the search index in one go.
  indexNewSources(db, newSources);
  return results;
}

function fileError(fileName: string, error: unknown): ErrorData {
  return asAppError(error, `Something went wrong inside Sourcebench while importing ${displayName(fileName)}; that file was not imported.`).toData();
}
