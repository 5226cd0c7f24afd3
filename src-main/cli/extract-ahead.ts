// Extraction ahead of storage for bulk imports: a worker thread extracts the files handed to it
// while the main thread stores the ones before, and the main thread takes each file's extraction
// when its turn to be stored comes, waiting for it synchronously (Atomics.wait), so the core
// stays synchronous. Whenever the worker has not claimed a file yet (still starting, or behind),
// the main thread extracts it itself rather than wait; without a worker at all it extracts
// everything itself. Either way each file is extracted exactly once, by the same code.

import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { AppError, type ErrorData } from '../core/api/errors.ts';
import { extractDocument, type ExtractedDocument } from '../core/sources/extract/extract-document.ts';
import type { BatchFile } from '../core/sources/import-batch.ts';

export interface ExtractRequest {
  files: { seq: number; fileName: string; bytes: Uint8Array }[];
}

export type ExtractReply =
  | { kind: 'extracted'; seq: number; document: ExtractedDocument; extractingMs: number }
  | { kind: 'refused'; seq: number; error: ErrorData }
  | { kind: 'crashed'; seq: number; message: string }
  | { kind: 'unavailable'; message: string };

export interface ExtractAhead {
  /** Hands files over, in the order they will be taken; returns the number of the first. */
  send(files: readonly BatchFile[]): number;
  /** File `seq`'s extraction, or throws what extracting it threw. Files sent before it and not taken are dropped. */
  take(seq: number): ExtractedDocument;
  /** How many of the files taken so far the worker extracted (the rest were extracted here). */
  workerShare(): number;
  /** Where the time went, for the import benchmark: this thread extracting files itself and waiting for the worker, and the worker extracting the files taken from it. */
  timeSpent(): { extractingMs: number; waitingMs: number; workerExtractingMs: number };
  /** Ends this use; the worker stays for the next import in this process. */
  close(): void;
}

export type ExtractionPlace = 'worker' | 'inline';

// Shared cells: the number of the first file nobody has claimed, and a count of replies sent.
const CLAIMED = 0;
const REPLIES = 1;
const WORKER_SCRIPT = new URL('./extract-ahead-worker.ts', import.meta.url);
// A worker silent this long while holding a claimed file is taken for dead; the file is extracted here.
const SILENCE_LIMIT_MS = 60_000;

interface ExtractionWorker {
  worker: Worker;
  replies: MessagePort;
  cells: Int32Array;
  /** Files ever sent to it: numbering goes on across imports, so a late reply can never pass for a new file's. */
  sent: number;
  script: URL;
}

// One worker per process, started by the first bulk import and kept (unreferenced, so it never
// holds the process open) for the next: starting one loads the whole extraction code again.
let idle: ExtractionWorker | null = null;

/** `script` is for tests that need a worker which cannot start. */
export function startExtractAhead(place: ExtractionPlace = 'worker', script: URL = WORKER_SCRIPT): ExtractAhead {
  const files = new Map<number, BatchFile>();
  // Extractions this thread made of later files while the worker was busy with an earlier one.
  const madeHere = new Map<number, () => ExtractedDocument>();
  let helper = place === 'worker' ? takeWorker(script) : null;
  let fromWorker = 0;
  let workerExtractingMs = 0;
  let extractingMs = 0;
  let waitingMs = 0;
  let nextSeq = helper?.sent ?? 0;

  const extractHere = (seq: number): ExtractedDocument => {
    const file = files.get(seq);
    files.delete(seq);
    if (file === undefined) throw new AppError('internal', `No file number ${seq} was handed over for extraction.`);
    const started = performance.now();
    try {
      return extractDocument(file.fileName, file.bytes);
    } finally {
      extractingMs += performance.now() - started;
    }
  };
  const waitFor = (worker: ExtractionWorker): ExtractReply | null => {
    const started = performance.now();
    const reply = waitForReply(worker, SILENCE_LIMIT_MS);
    waitingMs += performance.now() - started;
    return reply;
  };
  const dropBefore = (seq: number): void => {
    for (const key of files.keys()) if (key < seq) files.delete(key);
    for (const key of madeHere.keys()) if (key < seq) madeHere.delete(key);
  };
  // Rather than sleep while the worker finishes file `seq`, extract the first file nobody has claimed.
  const extractNextUnclaimed = (cells: Int32Array): boolean => {
    const next = Atomics.load(cells, CLAIMED);
    if (next >= nextSeq || Atomics.compareExchange(cells, CLAIMED, next, next + 1) !== next) return false;
    madeHere.set(next, outcomeOf(() => extractHere(next)));
    return true;
  };

  return {
    send(batch) {
      const first = nextSeq;
      batch.forEach((file, index) => files.set(first + index, file));
      nextSeq += batch.length;
      if (helper !== null) helper.sent = nextSeq;
      helper?.worker.postMessage({ files: batch.map((file, index) => ({ seq: first + index, fileName: file.fileName, bytes: file.bytes })) } satisfies ExtractRequest);
      return first;
    },
    take(seq) {
      dropBefore(seq);
      const made = madeHere.get(seq);
      if (made !== undefined) {
        madeHere.delete(seq);
        return made();
      }
      if (helper === null || claimForHere(helper.cells, seq)) return extractHere(seq);
      for (;;) {
        const reply = nextReply(helper) ?? (extractNextUnclaimed(helper.cells) ? undefined : waitFor(helper));
        if (reply === undefined) continue;
        if (reply === null || reply.kind === 'unavailable') {
          // The worker could not start or went silent: from here on this thread extracts everything.
          retire(helper);
          helper = null;
          return extractHere(seq);
        }
        if (reply.seq < seq) continue;
        if (reply.seq > seq) throw new AppError('internal', `The extraction of file number ${seq} never came back.`);
        files.delete(seq);
        fromWorker += 1;
        if (reply.kind === 'extracted') workerExtractingMs += reply.extractingMs;
        return fromReply(reply);
      }
    },
    workerShare: () => fromWorker,
    timeSpent: () => ({ extractingMs, waitingMs, workerExtractingMs }),
    close() {
      files.clear();
      if (helper !== null) release(helper);
      helper = null;
    },
  };
}

/** Claims file `seq` for this thread unless the worker has already; true when this thread got it. */
function claimForHere(cells: Int32Array, seq: number): boolean {
  let claimed = Atomics.load(cells, CLAIMED);
  while (claimed <= seq) {
    // Files before `seq` that nobody claimed were dropped: claiming past them spares the worker.
    const before = Atomics.compareExchange(cells, CLAIMED, claimed, seq + 1);
    if (before === claimed) return true;
    claimed = before;
  }
  return false;
}

function fromReply(reply: Exclude<ExtractReply, { kind: 'unavailable' }>): ExtractedDocument {
  if (reply.kind === 'extracted') return reply.document;
  // Rebuilt as what extracting here would have thrown, so the file's error reads the same.
  if (reply.kind === 'refused') throw new AppError(reply.error.code, reply.error.message, reply.error.details);
  throw new Error(reply.kind === 'crashed' ? reply.message : 'unknown extraction failure');
}

// What extracting gave, or threw, to be given or thrown again when the file's turn comes.
function outcomeOf(extract: () => ExtractedDocument): () => ExtractedDocument {
  try {
    const document = extract();
    return () => document;
  } catch (error) {
    return () => {
      throw error;
    };
  }
}

function nextReply(helper: ExtractionWorker): ExtractReply | null {
  const received = receiveMessageOnPort(helper.replies) as { message: ExtractReply } | undefined;
  return received?.message ?? null;
}

function waitForReply(helper: ExtractionWorker, limitMs: number): ExtractReply | null {
  const deadline = Date.now() + limitMs;
  for (;;) {
    // Read the counter before looking, so a reply landing in between ends the wait at once.
    const seen = Atomics.load(helper.cells, REPLIES);
    const received = receiveMessageOnPort(helper.replies) as { message: ExtractReply } | undefined;
    if (received !== undefined) return received.message;
    const left = deadline - Date.now();
    if (left <= 0) return null;
    Atomics.wait(helper.cells, REPLIES, seen, left);
  }
}

/**
 * Starts this process's worker, if it is not running yet, and waits until it has extracted the
 * files given (its code loaded and warmed up), so a measurement does not count its start;
 * false when no worker could start.
 */
export function warmExtractionWorker(files: readonly BatchFile[] = [], limitMs = SILENCE_LIMIT_MS): boolean {
  const helper = takeWorker(WORKER_SCRIPT);
  if (helper === null) return false;
  const warmUp = [{ fileName: 'warm-up.txt', bytes: new TextEncoder().encode('A first file, read so the worker has loaded the extraction code.') }, ...files];
  const first = helper.sent;
  const last = first + warmUp.length - 1;
  helper.sent += warmUp.length;
  helper.worker.postMessage({ files: warmUp.map((file, index) => ({ seq: first + index, fileName: file.fileName, bytes: file.bytes })) } satisfies ExtractRequest);
  for (;;) {
    const reply = waitForReply(helper, limitMs);
    if (reply === null || reply.kind === 'unavailable') {
      retire(helper);
      return false;
    }
    if (reply.seq === last) {
      release(helper);
      return true;
    }
  }
}

function takeWorker(script: URL): ExtractionWorker | null {
  if (idle !== null && idle.script.href === script.href) {
    const reused = idle;
    idle = null;
    return reused;
  }
  try {
    return spawnWorker(script);
  } catch {
    return null;
  }
}

function spawnWorker(script: URL): ExtractionWorker {
  const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const channel = new MessageChannel();
  // A tiny CommonJS starter imports the TypeScript worker, so a failure to load it (no type
  // stripping, a missing file) comes back as a reply at once instead of a silent worker.
  const starter = `
    const { workerData } = require('node:worker_threads');
    import(workerData.script).catch((error) => {
      workerData.replies.postMessage({ kind: 'unavailable', message: String(error && error.message || error) });
      const cells = new Int32Array(workerData.shared);
      Atomics.add(cells, ${REPLIES}, 1);
      Atomics.notify(cells, ${REPLIES});
    });`;
  const worker = new Worker(starter, { eval: true, workerData: { script: script.href, replies: channel.port2, shared }, transferList: [channel.port2] });
  worker.unref();
  channel.port1.unref();
  // Errors surface as silence or an 'unavailable' reply; an unhandled 'error' event must not end the process.
  worker.on('error', () => undefined);
  return { worker, replies: channel.port1, cells: new Int32Array(shared), sent: 0, script };
}

function release(helper: ExtractionWorker): void {
  // Files sent and never taken are claimed here, so the worker skips them instead of working for nobody.
  claimForHere(helper.cells, helper.sent - 1);
  if (idle === null && helper.script.href === WORKER_SCRIPT.href) idle = helper;
  else retire(helper);
}

function retire(helper: ExtractionWorker): void {
  if (idle === helper) idle = null;
  helper.replies.close();
  void helper.worker.terminate();
}
