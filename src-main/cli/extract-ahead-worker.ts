// The worker thread behind extract-ahead.ts: extracts each file it is sent unless the main
// thread has claimed it already, and replies once per file it extracted, in order.

import { workerData, parentPort, type MessagePort } from 'node:worker_threads';
import { AppError } from '../core/api/errors.ts';
import { extractDocument } from '../core/sources/extract/extract-document.ts';
import type { ExtractReply, ExtractRequest } from './extract-ahead.ts';

const { replies, shared } = workerData as { replies: MessagePort; shared: SharedArrayBuffer };
const cells = new Int32Array(shared);

parentPort?.on('message', (request: ExtractRequest) => {
  for (const file of request.files) {
    // Whoever moves the claim past a file extracts it: here, or the main thread when it had nothing to wait for.
    if (Atomics.compareExchange(cells, 0, file.seq, file.seq + 1) !== file.seq) continue;
    reply(extractOne(file.seq, file.fileName, file.bytes));
  }
});

function extractOne(seq: number, fileName: string, bytes: Uint8Array): ExtractReply {
  const started = performance.now();
  try {
    const document = extractDocument(fileName, bytes);
    return { kind: 'extracted', seq, document, extractingMs: performance.now() - started };
  } catch (error) {
    if (error instanceof AppError) return { kind: 'refused', seq, error: error.toData() };
    return { kind: 'crashed', seq, message: error instanceof Error ? error.message : String(error) };
  }
}

function reply(message: ExtractReply): void {
  replies.postMessage(message);
  Atomics.add(cells, 1, 1);
  Atomics.notify(cells, 1);
}
