// Writes a zip to a file as it goes (fflate's synchronous streaming Zip), and
// counts each entry's size and SHA-256 for the manifest.

import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { Zip, ZipDeflate } from 'fflate';
import type { ManifestEntry } from './bundle-format.ts';

export interface ZipEntryWriter {
  write(data: Uint8Array | string): void;
  end(): void;
}

export interface ZipFileWriter {
  /** Entries are written one after another: end one before adding the next. */
  add(path: string, options?: { level?: 0 | 1 | 6 }): ZipEntryWriter;
  readonly entries: readonly ManifestEntry[];
  /** Finishes the archive and closes the file; returns its size in bytes. */
  finish(): number;
  /** Closes the file after a failure (the caller removes it). */
  abandon(): void;
}

const encoder = new TextEncoder();
// Small writes are gathered so fflate and the file system see fewer, larger pieces.
const flushAt = 256 * 1024;

export function createZipWriter(filePath: string): ZipFileWriter {
  const fd = openSync(filePath, 'w');
  let written = 0;
  let closed = false;
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    writeSync(fd, chunk);
    written += chunk.length;
  });
  const entries: ManifestEntry[] = [];
  const close = () => {
    if (!closed) closeSync(fd);
    closed = true;
  };
  return {
    entries,
    add(path, options = {}) {
      const file = new ZipDeflate(path, { level: options.level ?? 6 });
      zip.add(file);
      const hash = createHash('sha256');
      let bytes = 0;
      let pending: Uint8Array[] = [];
      let pendingBytes = 0;
      const flush = (final: boolean) => {
        const data = pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending);
        pending = [];
        pendingBytes = 0;
        file.push(data, final);
      };
      return {
        write(data) {
          const chunk = typeof data === 'string' ? encoder.encode(data) : data;
          hash.update(chunk);
          bytes += chunk.length;
          pending.push(chunk);
          pendingBytes += chunk.length;
          if (pendingBytes >= flushAt) flush(false);
        },
        end() {
          flush(true);
          entries.push({ path, bytes, sha256: hash.digest('hex') });
        },
      };
    },
    finish() {
      zip.end();
      close();
      return written;
    },
    abandon: close,
  };
}
