// Reads a zip from disk as a stream, refusing what a hostile bundle could try:
// a file that is not a zip, truncation, unsafe or unknown entry names,
// duplicates, entries out of order, and unpacked sizes past the caps.

import { closeSync, openSync, readSync } from 'node:fs';
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { AppError } from '../api/errors.ts';
import { entryRank, manifestPath, type BundleLimits } from './bundle-format.ts';

export interface ZipEntrySink {
  data(chunk: Uint8Array): void;
  end(): void;
}

const chunkBytes = 1024 * 1024;

/** Streams every entry of the zip at `filePath` through the sink `open` returns for it. */
export function readZipEntries(filePath: string, limits: BundleLimits, open: (name: string) => ZipEntrySink): void {
  const fd = openSync(filePath, 'r');
  try {
    const head = Buffer.alloc(4);
    if (readSync(fd, head, 0, 4, 0) < 4 || head.readUInt32LE(0) !== 0x04034b50) {
      throw bundleError('This file is not a Sourcebench bundle (it is not a zip archive).');
    }
    const seen = new Set<string>();
    let lastRank = -1;
    let total = 0;
    let unfinished: string | null = null;
    const unzip = new Unzip((file) => {
      const name = file.name;
      checkEntryName(name);
      if (seen.has(name)) throw bundleError(`The bundle holds the entry "${name}" twice.`, name);
      seen.add(name);
      const rank = entryRank(name) ?? -1;
      if (rank < lastRank) throw bundleError(`The entry "${name}" is out of order; the bundle was not written by Sourcebench.`, name);
      lastRank = rank;
      if (file.compression !== 0 && file.compression !== 8) {
        throw bundleError(`The entry "${name}" uses a compression Sourcebench does not read.`, name);
      }
      const cap = name === manifestPath ? Math.min(limits.manifestBytes, limits.entryBytes) : limits.entryBytes;
      const sink = open(name);
      let bytes = 0;
      unfinished = name;
      file.ondata = (error, chunk, final) => {
        // fflate hands back what our own sink threw, too: keep those as they are.
        if (error) throw (error as unknown) instanceof AppError ? error : bundleError(`The entry "${name}" is damaged (${error.message}).`, name);
        bytes += chunk.length;
        total += chunk.length;
        if (bytes > cap) throw bundleError(`The entry "${name}" unpacks to more than ${cap} bytes; it was refused as a possible zip bomb.`, name);
        if (total > limits.totalBytes) throw bundleError(`The bundle unpacks to more than ${limits.totalBytes} bytes; it was refused as a possible zip bomb.`, name);
        if (chunk.length > 0) sink.data(chunk);
        if (final) {
          unfinished = null;
          sink.end();
        }
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    unzip.register(UnzipPassThrough);
    let position = 0;
    for (;;) {
      // A fresh buffer each time: fflate keeps references to input it has not finished with.
      const buffer = Buffer.allocUnsafe(chunkBytes);
      const read = readSync(fd, buffer, 0, chunkBytes, position);
      position += read;
      pushOrExplain(unzip, read === 0 ? new Uint8Array(0) : buffer.subarray(0, read), read === 0);
      if (read === 0) break;
    }
    if (unfinished !== null) throw bundleError(`The bundle is cut short: the entry "${unfinished}" ends early.`, unfinished);
  } finally {
    closeSync(fd);
  }
}

function pushOrExplain(unzip: Unzip, chunk: Uint8Array, final: boolean): void {
  try {
    unzip.push(chunk, final);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw bundleError(`The bundle is damaged (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function checkEntryName(name: string): void {
  if (name.includes('\\')) throw bundleError(`The entry name "${name}" contains a backslash; the bundle was refused.`, name);
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw bundleError(`The entry name "${name}" is an absolute path; the bundle was refused.`, name);
  if (name.split('/').includes('..')) throw bundleError(`The entry name "${name}" steps out of the bundle with ".."; the bundle was refused.`, name);
  if (entryRank(name) === null) throw bundleError(`The bundle holds an entry Sourcebench does not know: "${name}".`, name);
}

/** Every refusal of a bundle is invalid input naming the entry (and line) it is about. */
export function bundleError(message: string, entry?: string, line?: number): AppError {
  return new AppError('invalid_input', message, { entry: entry ?? null, line: line ?? null });
}
