// Writes a zip to a file as it goes (fflate's synchronous streaming Zip lays
// out the archive; Node's native zlib deflates), and counts each entry's size
// and SHA-256 for the manifest.

import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import type { ManifestEntry } from './bundle-format.ts';

export interface ZipEntryWriter {
  write(data: Uint8Array | string): void;
  end(): void;
}

export interface ZipFileWriter {
  /**
   * Entries are written one after another: end one before adding the next.
   * Level 1 by default: on NDJSON about three times faster than 6 for a file about 10% larger.
   */
  add(path: string, options?: { level?: 0 | 1 | 6 }): ZipEntryWriter;
  readonly entries: readonly ManifestEntry[];
  /** Finishes the archive and closes the file; returns its size in bytes. */
  finish(): number;
  /** Closes the file after a failure (the caller removes it). */
  abandon(): void;
}

// Small writes (one NDJSON line each) are gathered so hashing and deflating see few, large pieces.
const flushAt = 256 * 1024;
/** Deflate's window: each piece may refer back this far into the one before. */
const windowBytes = 32 * 1024;

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
      const file = nativeDeflateEntry(path, options.level ?? 1);
      zip.add(file);
      const hash = createHash('sha256');
      let bytes = 0;
      let text: string[] = [];
      let textLength = 0;
      const push = (data: Uint8Array, final: boolean) => {
        hash.update(data);
        bytes += data.length;
        file.push(data, final);
      };
      const flushText = (final: boolean) => {
        if (text.length === 0 && !final) return;
        const data = Buffer.from(text.join(''), 'utf8');
        text = [];
        textLength = 0;
        push(data, final);
      };
      return {
        write(data) {
          if (typeof data === 'string') {
            text.push(data);
            textLength += data.length;
            if (textLength >= flushAt) flushText(false);
            return;
          }
          flushText(false);
          push(data, false);
        },
        end() {
          flushText(true);
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

interface DeflateEntry extends ZipInputFile {
  push(data: Uint8Array, final: boolean): void;
}

/**
 * An entry deflated piece by piece with zlib: each piece ends on a sync flush
 * (so the pieces join into one deflate stream) and starts with the previous
 * 32 KB as its dictionary (so little compression is lost at the joins).
 */
function nativeDeflateEntry(filename: string, level: number): DeflateEntry {
  let window: Buffer | undefined;
  const entry: DeflateEntry = {
    filename,
    compression: 8,
    crc: 0,
    size: 0,
    push(data, final) {
      entry.crc = crc32(data, entry.crc);
      entry.size += data.length;
      const deflated = deflateRawSync(data, {
        level,
        finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
        ...(window === undefined || window.length === 0 ? {} : { dictionary: window }),
      });
      const input = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      window = input.length >= windowBytes || window === undefined ? input.subarray(-windowBytes) : Buffer.concat([window, input]).subarray(-windowBytes);
      (entry.ondata as AsyncFlateStreamHandler)(null, deflated, final);
    },
  };
  return entry;
}
