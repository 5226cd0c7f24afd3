// Reading a zip from a stranger: every entry name must stay inside the
// archive (no "..", no absolute or drive paths), and only the entries asked
// for are expanded, within size caps checked before any byte is inflated.

import { unzipSync, type UnzipFileInfo } from 'fflate';
import { AppError } from '../../api/errors.ts';

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export interface ZipContents {
  /** Expanded entries by name as written in the archive. */
  files: Map<string, Uint8Array>;
  /** Entries wanted but larger than maxEntryBytes, left unexpanded. */
  tooLarge: Set<string>;
  names: string[];
}

export function readZipEntries(bytes: Uint8Array, what: string, wanted: (name: string) => boolean, limits: ZipLimits): ZipContents {
  const names: string[] = [];
  const tooLarge = new Set<string>();
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file: UnzipFileInfo) {
        names.push(file.name);
        if (names.length > limits.maxEntries) throw new AppError('invalid_input', `${what} holds more than ${limits.maxEntries.toLocaleString('en')} files.`);
        const problem = entryNameProblem(file.name);
        if (problem !== null) throw new AppError('invalid_input', `${what} holds an entry "${file.name.slice(0, 200)}" that ${problem}; Sourcebench refuses it.`);
        if (!wanted(file.name)) return false;
        if (file.originalSize > limits.maxEntryBytes) {
          tooLarge.add(file.name);
          return false;
        }
        // fflate inflates into a buffer of the declared size, so a lying header cannot grow past this.
        total += file.originalSize;
        if (total > limits.maxTotalBytes) {
          throw new AppError('invalid_input', `${what} expands to more than ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB of text.`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_input', `${what} is not a readable zip archive.`);
  }
  return { files: new Map(Object.entries(files)), tooLarge, names };
}

function entryNameProblem(name: string): string | null {
  if (name.includes('\0')) return 'contains a NUL character';
  if (name.includes('\\')) return 'uses backslashes';
  if (name.startsWith('/') || /^[A-Za-z]:/u.test(name)) return 'is an absolute path';
  if (name.split('/').includes('..')) return 'steps out of the archive with ".."';
  return null;
}
