// Reading one file the user named, refused by its size (from stat) before a byte is read, so
// a huge file costs a stat, not its size in memory. Shared by `import` and `revise`.

import { readFileSync } from 'node:fs';
import type { ErrorData, Result } from '../core/api/errors.ts';
import { fileTooLarge } from '../core/sources/extract/import-errors.ts';
import type { ImportTarget } from './collect-import-files.ts';

export function readTarget(target: ImportTarget, maxBytes: number): Result<Buffer> {
  if (target.kind === 'problem') return failure(target.error);
  if (target.size > maxBytes) return failure(fileTooLarge(target.path, target.size, maxBytes).toData());
  let bytes: Buffer;
  try {
    bytes = readFileSync(target.path);
  } catch (error) {
    return failure({ code: 'internal', message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) return failure(fileTooLarge(target.path, bytes.length, maxBytes).toData());
  return { ok: true, value: bytes };
}

function failure(error: ErrorData): Result<never> {
  return { ok: false, error };
}
