// Files that cross a door (a bundle to open, an export to save) wait in a
// private folder per open project. Operations name them, never take paths: a
// renderer must not be able to make the core read or write anywhere it likes.

import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../api/errors.ts';
import { newId } from './ids.ts';
import type { Project } from './project.ts';

/** The largest file a door may stage for the core (a bundle with its originals). */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

const folders = new WeakMap<Project, string>();
const stagedName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;

function stagingFolder(project: Project): string {
  let folder = folders.get(project);
  if (folder === undefined) {
    folder = mkdtempSync(path.join(os.tmpdir(), 'sourcebench-staging-'));
    folders.set(project, folder);
  }
  return folder;
}

/** A fresh name for a file the core is about to write, with its extension ("sbundle", "qdpx"). */
export function newStagedName(extension: string): string {
  return `${newId()}.${extension}`;
}

/** The path of a staged file; refuses names that could step outside the folder. */
export function stagedPath(project: Project, name: string): string {
  if (!stagedName.test(name) || name.includes('..')) {
    throw new AppError('invalid_input', `"${name}" is not the name of a staged file.`, { fields: { file: 'not a staged file name' } });
  }
  return path.join(stagingFolder(project), name);
}

/** The path of a staged file that must already be there (one to read). */
export function existingStagedPath(project: Project, name: string): string {
  const found = stagedPath(project, name);
  if (!existsSync(found)) throw new AppError('not_found', `No file named "${name}" is waiting to be opened; choose the file again.`);
  return found;
}

/** Copies a file the host was handed (a dialog, an upload, a CLI argument) into staging. */
export function stageFile(project: Project, fromPath: string, extension: string): string {
  const name = newStagedName(extension);
  copyFileSync(fromPath, stagedPath(project, name));
  return name;
}

/** Moves a staged file out to where the host's user chose to save it. */
export function unstageFile(project: Project, name: string, toPath: string): void {
  const from = stagedPath(project, name);
  try {
    renameSync(from, toPath);
  } catch {
    // Across file systems a rename fails; copy instead.
    copyFileSync(from, toPath);
    rmSync(from, { force: true });
  }
}

export function removeStagingFolder(project: Project): void {
  const folder = folders.get(project);
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  folders.delete(project);
}
