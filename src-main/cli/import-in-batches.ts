// Files read from disk imported in batches (bounded by the core's own limits), one result per
// file in the order given. Shared by `import` and the import benchmark, so the benchmark times
// the path people use. Each batch is one transaction, as `sources.importMany` makes it; while
// one batch is stored, the next is read and extracted in a worker thread (extract-ahead.ts).

import { asAppError, type ErrorData } from '../core/api/errors.ts';
import type { Core } from '../core/core.ts';
import { importExtractedBatch } from '../core/sources/import-batch.ts';
import type { SourceSummary } from '../core/sources/source-types.ts';
import { startExtractAhead, type ExtractAhead, type ExtractionPlace } from './extract-ahead.ts';

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

/** Where extraction happened, added up by importInBatches when given one (the import benchmark reports it). */
export interface ExtractionStats {
  filesFromWorker: number;
  /** Main-thread time spent extracting files itself and waiting for the worker: the rest of its time is reading and storing. */
  mainExtractingMs: number;
  mainWaitingMs: number;
  /** The worker's time extracting the files the main thread took from it. */
  workerExtractingMs: number;
}

type ReadyFile = { path: string; bytes: Buffer };
type Step = { kind: 'batch'; files: ReadyFile[] } | { kind: 'unreadable'; result: ImportResult };

/** Reads one batch ahead: at most two batches of files are held in memory. */
export function* importInBatches(
  core: Core,
  files: Iterable<ReadFile>,
  limits: BatchLimits,
  place: ExtractionPlace = 'worker',
  stats?: ExtractionStats,
): Generator<ImportResult> {
  const extraction = startExtractAhead(place);
  try {
    const steps = stepsOf(files, limits);
    let current = steps.next();
    let firstSeq = sendIfBatch(extraction, current);
    while (current.done !== true) {
      // The next batch goes to the worker before this one is stored, so the two overlap.
      const next = steps.next();
      const nextFirstSeq = sendIfBatch(extraction, next);
      const step = current.value;
      if (step.kind === 'unreadable') yield step.result;
      else yield* storeBatch(core, step.files, firstSeq, extraction);
      current = next;
      firstSeq = nextFirstSeq;
    }
  } finally {
    if (stats !== undefined) {
      const spent = extraction.timeSpent();
      stats.filesFromWorker += extraction.workerShare();
      stats.mainExtractingMs += spent.extractingMs;
      stats.mainWaitingMs += spent.waitingMs;
      stats.workerExtractingMs += spent.workerExtractingMs;
    }
    extraction.close();
  }
}

function* stepsOf(files: Iterable<ReadFile>, limits: BatchLimits): Generator<Step> {
  let batch: ReadyFile[] = [];
  let batchBytes = 0;
  function* flush(): Generator<Step> {
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    batchBytes = 0;
    yield { kind: 'batch', files: full };
  }
  for (const file of files) {
    if (!file.ok) {
      // Results keep the order of the files given, so the batch before a failure goes first.
      yield* flush();
      yield { kind: 'unreadable', result: { path: file.path, status: 'failed', error: file.error } };
      continue;
    }
    if (batch.length >= limits.maxFiles || batchBytes + file.bytes.length > limits.maxBytes) yield* flush();
    batch.push({ path: file.path, bytes: file.bytes });
    batchBytes += file.bytes.length;
  }
  yield* flush();
}

function sendIfBatch(extraction: ExtractAhead, step: IteratorResult<Step>): number {
  if (step.done === true || step.value.kind !== 'batch') return -1;
  return extraction.send(step.value.files.map((file) => ({ fileName: baseName(file.path), bytes: file.bytes })));
}

function storeBatch(core: Core, batch: readonly ReadyFile[], firstSeq: number, extraction: ExtractAhead): ImportResult[] {
  const files = batch.map((file) => ({ fileName: baseName(file.path), bytes: file.bytes }));
  try {
    const results = importExtractedBatch(core.project, files, (index) => extraction.take(firstSeq + index));
    return results.map((result, index) => {
      const path = batch[index]?.path ?? result.fileName;
      return result.status === 'failed' ? { path, status: 'failed', error: result.error } : { path, status: result.status, source: result.source };
    });
  } catch (error) {
    // The batch as a whole failed (the project file, not a document): nothing of it was kept, and every file says why.
    const data = asAppError(error).toData();
    return batch.map((file) => ({ path: file.path, status: 'failed', error: data }));
  }
}

function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}
