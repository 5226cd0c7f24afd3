// The import of many files: `sources.importMany` one batch at a time, reporting
// progress, stopping after the current batch when cancelled, and tallying outcomes.

import { call } from '../api/call.ts';
import { describeError } from '../api/call-error.ts';
import type { OperationOutput } from '../../src-main/core/api/operations.ts';
import { bytesToBase64 } from './base64.ts';

export type ImportedSource = OperationOutput<'sources.import'>['source'];
type ProjectLimits = OperationOutput<'project.info'>['limits'];

export interface ImportProgress {
  /** Files finished so far (imported, duplicate or failed). */
  done: number;
  total: number;
  currentFileName: string;
}

export interface ImportFailure {
  fileName: string;
  message: string;
}

export interface ImportSummary {
  total: number;
  imported: ImportedSource[];
  duplicates: ImportedSource[];
  failed: ImportFailure[];
  /** True when the user stopped the import before every file was tried. */
  cancelled: boolean;
}

export interface ImportControls {
  onProgress(progress: ImportProgress): void;
  /** Called after each batch of files; also the moment to refresh what the library shows. */
  onFileDone(summary: ImportSummary): void;
  isCancelled(): boolean;
}

export async function importFiles(files: readonly File[], controls: ImportControls): Promise<ImportSummary> {
  const summary: ImportSummary = { total: files.length, imported: [], duplicates: [], failed: [], cancelled: false };
  const { limits } = await call('project.info', {});
  let done = 0;
  for (const batch of batchesOf(files, limits)) {
    if (controls.isCancelled()) {
      summary.cancelled = true;
      break;
    }
    controls.onProgress({ done, total: files.length, currentFileName: batch[0]?.name ?? '' });
    await importBatch(batch, limits.maxImportBytes, summary);
    done += batch.length;
    controls.onFileDone(summary);
  }
  return summary;
}

// Small enough that progress moves and Cancel is answered within about a second of work;
// large enough that the files share one transaction (one commit) instead of one each.
const batchTargetBytes = 1024 * 1024;

function batchesOf(files: readonly File[], limits: ProjectLimits): File[][] {
  const maxBytes = Math.min(batchTargetBytes, limits.maxImportBatchBytes);
  const batches: File[][] = [];
  let batch: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (batch.length > 0 && (batch.length >= limits.maxImportBatchFiles || bytes + file.size > maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(file);
    // An oversized file is refused before it is read, so it weighs nothing in its batch.
    bytes += file.size > limits.maxImportBytes ? 0 : file.size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

async function importBatch(batch: readonly File[], maxImportBytes: number, summary: ImportSummary): Promise<void> {
  const uploads: { fileName: string; dataBase64: string }[] = [];
  for (const file of batch) {
    // Refused before reading, so a huge drop does not fill memory just to be turned away.
    if (file.size > maxImportBytes) summary.failed.push({ fileName: file.name, message: tooLargeMessage(file, maxImportBytes) });
    else uploads.push({ fileName: file.name, dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
  }
  if (uploads.length === 0) return;
  try {
    const { results } = await call('sources.importMany', { files: uploads });
    for (const result of results) {
      if (result.status === 'failed') summary.failed.push({ fileName: result.fileName, message: result.error.message });
      else (result.status === 'duplicate' ? summary.duplicates : summary.imported).push(result.source);
    }
  } catch (error) {
    // The batch as a whole was refused: every file in it says why.
    for (const upload of uploads) summary.failed.push({ fileName: upload.fileName, message: describeError(error) });
  }
}

function tooLargeMessage(file: File, limit: number): string {
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${file.name} is ${megabytes(file.size)}; Sourcebench imports files up to ${megabytes(limit)}.`;
}
