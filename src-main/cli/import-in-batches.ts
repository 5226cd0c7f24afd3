// Files read from disk handed to the core's `sources.importMany` in batches (bounded by the
// core's own limits), one result per file in the order given. Shared by `import` and the
// import benchmark, so the benchmark times the path people use.

import type { ErrorData } from '../core/api/errors.ts';
import type { Core } from '../core/core.ts';
import type { SourceSummary } from '../core/sources/source-types.ts';

export type ReadFile = { ok: true; path: string; bytes: Buffer } | { ok: false; path: string; error: ErrorData };

export interface ImportResult {
  path: string;
  status: 'imported' | 'duplicate' | 'failed';
  source?: SourceSummary;
  error?: ErrorData;
}

export interface BatchLimits {
  maxFiles: number;
  maxBytes: number;
}

/** Reads nothing ahead: at most one batch of files is held in memory. */
export function* importInBatches(core: Core, files: Iterable<ReadFile>, limits: BatchLimits): Generator<ImportResult> {
  let batch: { path: string; bytes: Buffer }[] = [];
  let batchBytes = 0;
  function* flush(): Generator<ImportResult> {
    if (batch.length === 0) return;
    const sent = batch;
    batch = [];
    batchBytes = 0;
    yield* importBatch(core, sent);
  }
  for (const file of files) {
    if (!file.ok) {
      // Results keep the order of the files given, so the batch before a failure goes first.
      yield* flush();
      yield { path: file.path, status: 'failed', error: file.error };
      continue;
    }
    if (batch.length >= limits.maxFiles || batchBytes + file.bytes.length > limits.maxBytes) yield* flush();
    batch.push({ path: file.path, bytes: file.bytes });
    batchBytes += file.bytes.length;
  }
  yield* flush();
}

function importBatch(core: Core, batch: readonly { path: string; bytes: Buffer }[]): ImportResult[] {
  const outcome = core.call('sources.importMany', {
    files: batch.map((file) => ({ fileName: baseName(file.path), dataBase64: file.bytes.toString('base64') })),
  });
  // The batch as a whole refused (it should not be, being within the limits): every file says why.
  if (!outcome.ok) return batch.map((file) => ({ path: file.path, status: 'failed', error: outcome.error }));
  return outcome.value.results.map((result, index) => {
    const path = batch[index]?.path ?? result.fileName;
    return result.status === 'failed' ? { path, status: 'failed', error: result.error } : { path, status: result.status, source: result.source };
  });
}

function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}
