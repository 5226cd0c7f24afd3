// "Save a Copy": a consistent, standalone copy of the open project written
// elsewhere, while the project stays open and in use (File menu, CLI).

import { existsSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../api/errors.ts';
import { newId } from './ids.ts';
import type { Project } from './project.ts';

export interface SavedCopy {
  path: string;
  bytes: number;
}

/**
 * Writes the project as it is now (everything committed, WAL included) to
 * `toPath`, replacing a file already there. The copy is written beside the
 * target and renamed into place, so a failure never leaves half a file.
 */
export function saveProjectCopy(project: Project, toPath: string): SavedCopy {
  const target = path.resolve(toPath);
  const folder = path.dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new AppError('not_found', `Cannot save a copy in ${folder}: there is no such folder.`);
  }
  if (sameFile(target, project.path)) {
    throw new AppError('invalid_input', 'A copy cannot replace the open project itself; choose another name or folder.');
  }
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new AppError('invalid_input', `${target} is a folder; choose a file name for the copy.`);
  }
  const partial = path.join(folder, `.${path.basename(target)}.${newId()}.partial`);
  try {
    project.db.prepare('VACUUM INTO ?').run(partial);
    // A -wal left by an earlier file of that name would be replayed onto the copy.
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('internal', `Could not save a copy to ${target}: ${error instanceof Error ? error.message : String(error)}. The project itself is unchanged.`);
  }
  return { path: target, bytes: statSync(target).size };
}

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  if (!existsSync(a) || !existsSync(b)) return false;
  return realpathSync(a) === realpathSync(b);
}
