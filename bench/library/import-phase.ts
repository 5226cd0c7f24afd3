// Bulk import: the same documents through our pipeline (sources.importText,
// one call per document inside one big transaction) and raw (insert + FTS5,
// per-row triggers or one batch at the end, whichever is faster).

import path from 'node:path';
import { makeDocument } from '../lib/documents.ts';
import { createMemoryWatch, round, time, type MemoryFigures } from '../lib/stats.ts';
import { openCore } from '../../src-main/core/core.ts';
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
  /** Of the time per document: extraction (text, noise, metadata) vs the rest (storage, FTS, revision). */
  extractMsPerDoc: number;
  storeMsPerDoc: number;
  totalMsPerDoc: number;
  libraryFile: string;
  fileMb: number;
  memory: MemoryFigures;
}

export function importOurs(args: ImportArgs): OursImport {
  const memory = createMemoryWatch();
  const file = path.join(args.dir, `library-${args.size}.sourcebench`);
  const core = openCore(file);
  const first = args.size - args.sample;
  seedSources(core.project.db, 0, first, memory.sample);
  const docs = Array.from({ length: args.sample }, (_, k) => makeDocument(first + k));
  warmUp(args.dir);
  // Each document is extracted on its own just before it is imported, so the
  // extraction's share is measured on the same documents at the same moment
  // (on a shared, noisy machine a separate pass said nothing reliable).
  let importMs = 0;
  let extractMs = 0;
  core.project.db.transaction(() => {
    for (const doc of docs) {
      const bytes = Buffer.from(doc.text, 'utf8');
      extractMs += time(() => extractDocument('pasted text.txt', bytes));
      importMs += time(() => {
        const result = core.call('sources.importText', { text: doc.text, title: doc.title });
        if (!result.ok) throw new Error(result.error.message);
      });
      memory.sample();
    }
  })();
  const totalMs = importMs;
  core.project.db.pragma('wal_checkpoint(TRUNCATE)');
  const fileMb = (core.project.db.prepare('SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()').pluck().get() as number) / 1048576;
  core.close();
  return {
    docsPerSecond: round((args.sample / totalMs) * 1000, 1),
    extractMsPerDoc: round(extractMs / args.sample),
    storeMsPerDoc: round((totalMs - extractMs) / args.sample),
    totalMsPerDoc: round(totalMs / args.sample),
    libraryFile: file,
    fileMb: round(fileMb, 1),
    memory: memory.figures(),
  };
}

// Warm the JIT first, so the first documents do not carry compile time.
function warmUp(dir: string): void {
  const scratch = openCore(path.join(dir, 'warm-up.sourcebench'));
  for (let k = 0; k < 30; k += 1) {
    const doc = makeDocument(10_000_000 + k);
    scratch.call('sources.importText', { text: doc.text, title: doc.title });
    extractDocument('pasted text.txt', Buffer.from(doc.text, 'utf8'));
  }
  scratch.close();
}

export interface RawImport {
  triggersDocsPerSecond: number;
  batchDocsPerSecond: number;
  best: 'triggers' | 'batch';
  docsPerSecond: number;
  totalMsPerDoc: number;
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
    const ms = time(() =>
      db.transaction(() => {
        docs.forEach((doc, k) => insert.run(first + k + 1, doc.title, doc.text));
        if (strategy === 'batch') db.prepare('INSERT INTO docs_fts (rowid, title, text) SELECT id, title, text FROM docs WHERE id > ?').run(first);
        memory.sample();
      })(),
    );
    db.close();
    return (args.sample / ms) * 1000;
  });
  const [triggers = 0, batch = 0] = rates;
  const best = triggers >= batch ? 'triggers' : 'batch';
  const docsPerSecond = Math.max(triggers, batch);
  return {
    triggersDocsPerSecond: round(triggers, 1),
    batchDocsPerSecond: round(batch, 1),
    best,
    docsPerSecond: round(docsPerSecond, 1),
    totalMsPerDoc: round(1000 / docsPerSecond),
    memory: memory.figures(),
  };
}
