// One JSON record per line, read a chunk at a time so no table is ever held
// whole (export-bundle.ts writes the lines straight from SQLite).

import type { z } from 'zod';
import { bundleError, type ZipEntrySink } from './zip-reader.ts';

const newline = 0x0a;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** A sink that hands each line of an NDJSON entry, parsed and checked against `schema`, to `onRecord`. */
export function ndjsonSink<S extends z.ZodType>(
  entry: string,
  schema: S,
  maxLineBytes: number,
  onRecord: (record: z.output<S>, line: number) => void,
): ZipEntrySink {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let lineNumber = 0;
  const finishLine = (bytes: Uint8Array) => {
    lineNumber += 1;
    if (bytes.length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(decoder.decode(bytes));
    } catch {
      throw bundleError(`Line ${lineNumber} of ${entry} is not valid JSON.`, entry, lineNumber);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')}: ${issue.message})` : issue ? ` (${issue.message})` : '';
      throw bundleError(`Line ${lineNumber} of ${entry} is not a valid record${where}.`, entry, lineNumber);
    }
    onRecord(parsed.data, lineNumber);
  };
  return {
    data(chunk) {
      let from = 0;
      for (let at = chunk.indexOf(newline); at !== -1; at = chunk.indexOf(newline, from)) {
        const piece = chunk.subarray(from, at);
        const line = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
        pending = [];
        pendingBytes = 0;
        finishLine(line);
        from = at + 1;
      }
      if (from < chunk.length) {
        // fflate reuses nothing, but copy anyway: the chunk's buffer belongs to the decoder.
        pending.push(chunk.slice(from));
        pendingBytes += chunk.length - from;
        if (pendingBytes > maxLineBytes) throw bundleError(`Line ${lineNumber + 1} of ${entry} is longer than ${maxLineBytes} bytes.`, entry, lineNumber + 1);
      }
    },
    end() {
      if (pending.length > 0) finishLine(Buffer.concat(pending));
    },
  };
}
