// Bulk import: the same documents through our pipeline (as files, in batches, as the CLI
// imports them: each batch one transaction, extraction ahead in a worker thread) and raw (insert + FTS5,
// per-row triggers or one batch at the end, whichever is faster, in one transaction).

import path from 'node:path';
import { makeDocument, type SyntheticDocument } from '../lib/documents.ts';
import { createMemoryWatch, round, time, type MemoryFigures } from '../lib/stats.ts';
import { warmExtractionWorker } from '../../src-main/cli/extract-ahead.ts';
import { importInBatches, type ExtractionStats, type ReadFile } from '../../src-main/cli/import-in-batches.ts';
import { openCore } from '../../src-main/core/core.ts';
import { MAX_IMPORT_BATCH_BYTES, MAX_IMPORT_BATCH_FILES } from '../../src-main/core/limits.ts';
import { extractDocument } from '../../src-main/core/sources/extract/extract-document.ts';
import { createRawLibrary, openRaw } from './raw-schema.ts';
import { seedSources } from './seed.ts';

export interface ImportArgs {
  dir: string;
  size: number;
  sample: number;
}

export interface OursImport {
  docsPerSecond: number;
  /** Extraction (text, noise, metadata) of a document: the time spent extracting in either thread during the import, per document. */
  extractMsPerDoc: number;
  /** The main thread's time per document less extracting and waiting for the worker: storage, FTS, revision. */
  storeMsPerDoc: number;
  /** Wall time per document of the import; extraction overlaps storage when a worker runs. */
  totalMsPerDoc: number;
  /** Processor time per document (user + system, every thread: the worker's too), less moved by other work on a shared machine than wall time. */
  cpuMsPerDoc: number;
  /** Where extraction ran, and the share of documents the worker extracted (the main thread took the rest). */
  extraction: 'worker' | 'inline';
  workerSharePercent: number;
  libraryFile: string;
  fileMb: number;
  memory: MemoryFigures;
}

// The path people use: one `importInBatches` over every file, as `sourcebench import DIR` runs it
// (src-main/cli/import-in-batches.ts): each batch its own transaction and commit, the next batch's
// files extracted in a worker thread meanwhile. Extraction's cost is what the worker and this
// thread spent extracting these very files during the import, so it is measured at the same moment.
export function importOurs(args: ImportArgs): OursImport {
  const memory = createMemoryWatch();
  const file = path.join(args.dir, `library-${args.size}.sourcebench`);
  const core = openCore(file);
  const first = args.size - args.sample;
  seedSources(core.project.db, 0, first, memory.sample);
  const files = Array.from({ length: args.sample }, (_, k) => asFile(makeDocument(first + k), first + k));
  const extraction = warmUp(args.dir);
  const stats: ExtractionStats = { filesFromWorker: 0, mainExtractingMs: 0, mainWaitingMs: 0, workerExtractingMs: 0 };
  const cpuBefore = process.cpuUsage();
  let done = 0;
  const totalMs = time(() => {
    for (const result of importInBatches(core, files, batchLimits, extraction, stats)) {
      if (result.status !== 'imported') throw new Error(`${result.path}: ${result.status} ${result.error?.message ?? ''}`);
      if (++done % MAX_IMPORT_BATCH_FILES === 0) memory.sample();
    }
  });
  const cpu = process.cpuUsage(cpuBefore);
  const storeMs = totalMs - stats.mainExtractingMs - stats.mainWaitingMs;
  core.project.db.pragma('wal_checkpoint(TRUNCATE)');
  const fileMb = (core.project.db.prepare('SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()').pluck().get() as number) / 1048576;
  core.close();
  return {
    docsPerSecond: round((args.sample / totalMs) * 1000, 1),
    extractMsPerDoc: round((stats.mainExtractingMs + stats.workerExtractingMs) / args.sample),
    storeMsPerDoc: round(storeMs / args.sample),
    totalMsPerDoc: round(totalMs / args.sample),
    cpuMsPerDoc: round((cpu.user + cpu.system) / 1000 / args.sample),
    extraction,
    workerSharePercent: round((100 * stats.filesFromWorker) / args.sample, 0),
    libraryFile: file,
    fileMb: round(fileMb, 1),
    memory: memory.figures(),
  };
}

const batchLimits = { maxFiles: MAX_IMPORT_BATCH_FILES, maxBytes: MAX_IMPORT_BATCH_BYTES };

function asFile(doc: SyntheticDocument, i: number): ReadFile & { ok: true } {
  return { ok: true, path: `document-${i}.txt`, bytes: Buffer.from(doc.text, 'utf8') };
}

// Warm the JIT first, so the first documents do not carry compile time, and start the
// extraction worker, whose start (loading the extraction code again) a long import pays once.
function warmUp(dir: string): 'worker' | 'inline' {
  const files = Array.from({ length: 30 }, (_, k) => asFile(makeDocument(10_000_000 + k), 10_000_000 + k));
  const workerWarmUp = Array.from({ length: 60 }, (_, k) => ({ fileName: `warm-up-${k}.txt`, bytes: asFile(makeDocument(20_000_000 + k), k).bytes }));
  // SB_BENCH_EXTRACTION=inline measures without the worker, for comparison.
  const extraction = process.env['SB_BENCH_EXTRACTION'] !== 'inline' && warmExtractionWorker(workerWarmUp) ? 'worker' : 'inline';
  const scratch = openCore(path.join(dir, 'warm-up.sourcebench'));
  for (const doc of files) extractDocument(doc.path, doc.bytes);
  for (const result of importInBatches(scratch, files, batchLimits, extraction)) if (result.status === 'failed') throw new Error(result.error?.message);
  scratch.close();
  return extraction;
}

export interface RawImport {
  triggersDocsPerSecond: number;
  batchDocsPerSecond: number;
  best: 'triggers' | 'batch';
  docsPerSecond: number;
  totalMsPerDoc: number;
  /** Processor time per document of the faster strategy. */
  cpuMsPerDoc: number;
  memory: MemoryFigures;
}

export function importRaw(args: ImportArgs): RawImport {
  const memory = createMemoryWatch();
  const first = args.size - args.sample;
  const docs = Array.from({ length: args.sample }, (_, k) => makeDocument(first + k));
  const rates = (['triggers', 'batch'] as const).map((strategy) => {
    const db = openRaw(path.join(args.dir, `raw-${strategy}-${args.size}.sqlite`));
    createRawLibrary(db, strategy === 'triggers');
    const insert = db.prepare('INSERT INTO docs (id, title, text) VALUES (?, ?, ?)');
    // The rest of the library, untimed, so the sample lands in an index of the same size as ours.
    const seed = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i += 1) {
        const doc = makeDocument(i);
        insert.run(i + 1, doc.title, doc.text);
      }
      if (strategy === 'batch') db.prepare('INSERT INTO docs_fts (rowid, title, text) SELECT id, title, text FROM docs WHERE id > ? AND id <= ?').run(from, to);
    });
    for (let from = 0; from < first; from += 1000) {
      seed(from, Math.min(first, from + 1000));
      memory.sample();
    }
    const cpuBefore = process.cpuUsage();
    const ms = time(() =>
      db.transaction(() => {
        docs.forEach((doc, k) => insert.run(first + k + 1, doc.title, doc.text));
        if (strategy === 'batch') db.prepare('INSERT INTO docs_fts (rowid, title, text) SELECT id, title, text FROM docs WHERE id > ?').run(first);
        memory.sample();
      })(),
    );
    const cpu = process.cpuUsage(cpuBefore);
    db.close();
    return { docsPerSecond: (args.sample / ms) * 1000, cpuMsPerDoc: (cpu.user + cpu.system) / 1000 / args.sample };
  });
  const [triggers = 0, batch = 0] = rates.map((rate) => rate.docsPerSecond);
  const best = triggers >= batch ? 'triggers' : 'batch';
  const docsPerSecond = Math.max(triggers, batch);
  const cpuMsPerDoc = rates[best === 'triggers' ? 0 : 1]?.cpuMsPerDoc ?? Number.NaN;
  return {
    triggersDocsPerSecond: round(triggers, 1),
    batchDocsPerSecond: round(batch, 1),
    best,
    docsPerSecond: round(docsPerSecond, 1),
    totalMsPerDoc: round(1000 / docsPerSecond),
    cpuMsPerDoc: round(cpuMsPerDoc),
    memory: memory.figures(),
  };
}
