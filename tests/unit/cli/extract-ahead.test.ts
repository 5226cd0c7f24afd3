// Bulk import with extraction in a worker thread (the CLI's `import`): the worker's extractions
// are the ones extracting in the main thread gives, a file it cannot read fails alone, and
// when no worker can start everything is extracted in the main thread with the same results.

import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importInBatches, type ImportResult, type ReadFile } from '../../../src-main/cli/import-in-batches.ts';
import { startExtractAhead } from '../../../src-main/cli/extract-ahead.ts';
import { AppError } from '../../../src-main/core/api/errors.ts';
import { openCore, type Core } from '../../../src-main/core/core.ts';
import { extractDocument } from '../../../src-main/core/sources/extract/extract-document.ts';
import { corpusFolder } from '../core-harness.ts';

const corpus = readdirSync(corpusFolder).map((name) => ({ fileName: name, bytes: readFileSync(new URL(name, corpusFolder)) }));
const made = (fileName: string, text: string) => ({ fileName, bytes: Buffer.from(text, 'utf8') });
const goodFiles = [
  ...corpus,
  made('notes.md', '# Field notes\n\nBy Jane Doe\n\nThe convoy left at dawn, officials said, and reached the border by noon.\n\n- one\n- two\n'),
  made('page.html', '<html><head><title>Embassy closes</title></head><body><article><h1>Embassy closes</h1><p>Staff were told to leave the compound on Tuesday, a spokesperson said.</p></article></body></html>'),
  ...Array.from({ length: 12 }, (_, k) => made(`memo-${k}.txt`, `Memo ${k}\n\n${'The ministry said the talks would resume next week. '.repeat(8 + k)}`)),
];
// A file extraction refuses (binary), one with nothing to read, and one only white space.
const badFiles = [
  { fileName: 'scan.txt', bytes: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x00, 0x01]) },
  made('empty.txt', ''),
  made('blank.txt', ' \n\t\n'),
];

const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

function freshCore(): Core {
  const core = openCore(path.join(mkdtempSync(path.join(os.tmpdir(), 'sb-ahead-')), 'p.sourcebench'));
  cores.push(core);
  return core;
}

function asRead(files: readonly { fileName: string; bytes: Buffer }[]): ReadFile[] {
  return files.map((file) => ({ ok: true, path: `/data/${file.fileName}`, bytes: file.bytes }));
}

function extractionOrError(fileName: string, bytes: Uint8Array): unknown {
  try {
    return extractDocument(fileName, bytes);
  } catch (error) {
    return error instanceof AppError ? error.toData() : String(error);
  }
}

function* slowly<T>(items: readonly T[]): Generator<T> {
  for (const item of items) {
    sleep(150);
    yield item;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// Everything a source is stored as, less what differs by nature between two imports (ids, clocks).
function storedSources(core: Core): unknown[] {
  return core.project.db
    .prepare(
      `SELECT s.title, s.author, s.publisher, s.published_at, s.url, s.kind, s.language, s.format, s.file_name, s.original,
              s.original_sha256, s.text_sha256, r.number, r.lines, r.removed_lines, r.text, r.reason
         FROM sources s JOIN source_revisions r ON r.source_id = s.id ORDER BY s.seq, r.number`,
    )
    .all();
}

function outcomes(results: readonly ImportResult[]): unknown[] {
  return results.map((result) => [result.path, result.status, result.error ?? null, result.source?.title ?? null]);
}

describe('extraction ahead, in a worker thread', () => {
  it('hands back from the worker exactly what extracting here gives, a refused file included', () => {
    const files = [...goodFiles.slice(0, 6), ...badFiles];
    // The worker is started once per process and kept; give it time to start, then take slowly
    // enough that it has claimed every file first.
    let share = 0;
    let workerExtractingMs = 0;
    for (let attempt = 0; attempt < 5 && share < files.length; attempt += 1) {
      const ahead = startExtractAhead('worker');
      const first = ahead.send(files);
      sleep(attempt === 0 ? 3000 : 1000);
      const taken = files.map((file, index) => {
        try {
          return ahead.take(first + index);
        } catch (error) {
          return error instanceof AppError ? error.toData() : String(error);
        }
      });
      expect(taken).toEqual(files.map((file) => extractionOrError(file.fileName, file.bytes)));
      share = ahead.workerShare();
      workerExtractingMs = ahead.timeSpent().workerExtractingMs;
      ahead.close();
    }
    expect(share).toBe(files.length);
    // The import benchmark's extraction figure: the worker's own time, reported with each file.
    expect(workerExtractingMs).toBeGreaterThan(0);
  });

  it('imports the same sources, texts, metadata and removed lines with and without the worker, a bad file failing alone', () => {
    // Bad files among good ones, across several batches, so batches overlap with extraction.
    const files = asRead([...goodFiles.slice(0, 4), badFiles[0]!, ...goodFiles.slice(4, 10), badFiles[1]!, ...goodFiles.slice(10), badFiles[2]!]);
    const limits = { maxFiles: 4, maxBytes: 10 * 1024 * 1024 };
    const inWorker = freshCore();
    const inline = freshCore();
    // Read slowly, as from a slow disk: the worker extracts a batch while the next is being read.
    const withWorker = [...importInBatches(inWorker, slowly(files), limits, 'worker')];
    const withoutWorker = [...importInBatches(inline, files, limits, 'inline')];

    expect(outcomes(withWorker)).toEqual(outcomes(withoutWorker));
    const failed = withWorker.filter((result) => result.status === 'failed').map((result) => path.basename(result.path));
    expect(failed).toEqual(badFiles.map((file) => file.fileName));
    expect(withWorker.filter((result) => result.status === 'imported')).toHaveLength(goodFiles.length);
    expect(storedSources(inWorker)).toEqual(storedSources(inline));
    expect(storedSources(inWorker)).toHaveLength(goodFiles.length);
  });

  it('extracts everything in the main thread, with the same results, when the worker cannot start', () => {
    const files = [...goodFiles.slice(0, 5), badFiles[0]!];
    const broken = startExtractAhead('worker', new URL('./no-such-worker.ts', import.meta.url));
    const first = broken.send(files);
    // Long enough for the failed start to be reported before the first file is asked for.
    sleep(1500);
    const taken = files.map((file, index) => {
      try {
        return broken.take(first + index);
      } catch (error) {
        return error instanceof AppError ? error.toData() : String(error);
      }
    });
    expect(broken.workerShare()).toBe(0);
    broken.close();
    expect(taken).toEqual(files.map((file) => extractionOrError(file.fileName, file.bytes)));
  });
});
