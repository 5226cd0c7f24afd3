// What a drop on the window holds, with folders opened: files dropped on their
// own are all kept (an unreadable one is then reported by the import), while a
// folder contributes only the files we can import, searched recursively, as
// the CLI's `import DIR` does.

import { isImportableInFolder } from './accepted-files.ts';

/** The parts of the File and Directory Entries API a drop gives us. */
export interface DroppedEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
}

export interface DroppedFileEntry extends DroppedEntry {
  file(onFile: (file: File) => void, onError: (error: unknown) => void): void;
}

export interface DroppedDirectoryEntry extends DroppedEntry {
  createReader(): { readEntries(onEntries: (entries: DroppedEntry[]) => void, onError: (error: unknown) => void): void };
}

/** The files of a drop, in the order dropped, folders walked depth first in name order. */
export async function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry() as DroppedEntry | null);
  // Without the entries API (or for a plain file list) the files themselves are all there is.
  if (entries.length === 0 || entries.some((entry) => entry === null)) return [...transfer.files];
  return filesFromEntries(entries as DroppedEntry[]);
}

export async function filesFromEntries(entries: readonly DroppedEntry[]): Promise<File[]> {
  const files: File[] = [];
  for (const entry of entries) {
    if (entry.isDirectory) files.push(...(await filesInFolder(entry as DroppedDirectoryEntry)));
    else if (entry.isFile) files.push(await fileOf(entry as DroppedFileEntry));
  }
  return files;
}

async function filesInFolder(folder: DroppedDirectoryEntry): Promise<File[]> {
  const children = (await readAll(folder)).filter((entry) => !entry.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  const files: File[] = [];
  for (const child of children) {
    if (child.isDirectory) files.push(...(await filesInFolder(child as DroppedDirectoryEntry)));
    else if (child.isFile && isImportableInFolder(child.name)) files.push(await fileOf(child as DroppedFileEntry));
  }
  return files;
}

// readEntries hands a folder's entries over in chunks (100 at a time in Chromium) until it returns none.
async function readAll(folder: DroppedDirectoryEntry): Promise<DroppedEntry[]> {
  const reader = folder.createReader();
  const all: DroppedEntry[] = [];
  for (;;) {
    const chunk = await new Promise<DroppedEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) return all;
    all.push(...chunk);
  }
}

function fileOf(entry: DroppedFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}
