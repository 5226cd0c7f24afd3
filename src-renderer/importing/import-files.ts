// The import of many files: one `sources.import` call at a time, reporting
// progress, stopping after the current file when cancelled, and tallying outcomes.

import { call } from '../api/call.ts';
import { describeError } from '../api/call-error.ts';
import type { OperationOutput } from '../../src-main/core/api/operations.ts';
import { bytesToBase64 } from './base64.ts';

export type ImportedSource = OperationOutput<'sources.import'>['source'];

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
  /** Called after each file; also the moment to refresh what the library shows. */
  onFileDone(summary: ImportSummary): void;
  isCancelled(): boolean;
}

export async function importFiles(files: readonly File[], controls: ImportControls): Promise<ImportSummary> {
  const summary: ImportSummary = { total: files.length, imported: [], duplicates: [], failed: [], cancelled: false };
  const { limits } = await call('project.info', {});
  for (const [index, file] of files.entries()) {
    if (controls.isCancelled()) {
      summary.cancelled = true;
      break;
    }
    controls.onProgress({ done: index, total: files.length, currentFileName: file.name });
    try {
      // Refused before reading, so a huge drop does not fill memory just to be turned away.
      if (file.size > limits.maxImportBytes) throw new Error(tooLargeMessage(file, limits.maxImportBytes));
      const bytes = new Uint8Array(await file.arrayBuffer());
      const outcome = await call('sources.import', { fileName: file.name, dataBase64: bytesToBase64(bytes) });
      (outcome.status === 'duplicate' ? summary.duplicates : summary.imported).push(outcome.source);
    } catch (error) {
      summary.failed.push({ fileName: file.name, message: describeError(error) });
    }
    controls.onFileDone(summary);
  }
  return summary;
}

function tooLargeMessage(file: File, limit: number): string {
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${file.name} is ${megabytes(file.size)}; Sourcebench imports files up to ${megabytes(limit)}.`;
}
