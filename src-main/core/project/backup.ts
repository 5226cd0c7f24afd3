// Copies of the project file: before anything risky (a migration, a restore)
// and on a schedule while the project is open; listed newest first and
// restorable. Rotation keeps the newest few copies of each kind.

import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { checkDatabase } from './check-project.ts';
import { BACKUPS_KEPT_PER_REASON } from '../limits.ts';

const keptPerReason = BACKUPS_KEPT_PER_REASON;

export interface BackupInfo {
  path: string;
  reason: string;
  takenAt: string;
  bytes: number;
}

export function backupFolder(projectPath: string): string {
  return `${projectPath}.backups`;
}

function backupTarget(projectPath: string, reason: string): string {
  const folder = backupFolder(projectPath);
  mkdirSync(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return path.join(folder, `${path.basename(projectPath)}.${reason}.${stamp}`);
}

/** A consistent copy, taken synchronously (VACUUM INTO): for the moments nothing else may run. */
export function backupProject(db: Database.Database, projectPath: string, reason: string): string {
  const target = backupTarget(projectPath, reason);
  db.prepare('VACUUM INTO ?').run(target);
  pruneBackups(projectPath, reason);
  return target;
}

/** SQLite's online backup, in steps, so a large project keeps answering while it is copied. */
export async function backupProjectOnline(db: Database.Database, projectPath: string, reason: string): Promise<string> {
  const target = backupTarget(projectPath, reason);
  await db.backup(target);
  pruneBackups(projectPath, reason);
  return target;
}

export function listBackups(projectPath: string): BackupInfo[] {
  const folder = backupFolder(projectPath);
  if (!existsSync(folder)) return [];
  const prefix = `${path.basename(projectPath)}.`;
  return readdirSync(folder)
    .filter((name) => name.startsWith(prefix))
    .map((name) => {
      const [reason = '', stamp = ''] = name.slice(prefix.length).split('.');
      const file = path.join(folder, name);
      return { path: file, reason, takenAt: stampToIso(stamp), bytes: statSync(file).size };
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/**
 * Puts a backup in place of the project file. The project must be closed. The
 * current file is copied aside first, so a restore can itself be undone.
 */
export function restoreBackup(projectPath: string, backupPath: string): { restored: string; previousSavedAs: string | null } {
  refuseDamagedBackup(backupPath);
  let previousSavedAs: string | null = null;
  if (existsSync(projectPath)) {
    const current = new Database(projectPath);
    try {
      previousSavedAs = backupProject(current, projectPath, 'before-restore');
    } catch {
      // A file too damaged to copy through SQLite is kept byte for byte instead.
      previousSavedAs = backupTarget(projectPath, 'before-restore');
      copyFileSync(projectPath, previousSavedAs);
    } finally {
      current.close();
    }
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${projectPath}${suffix}`, { force: true });
  copyFileSync(backupPath, projectPath);
  return { restored: backupPath, previousSavedAs };
}

/** The backup of this project with that file name; a name, never a path, so nothing outside the folder is reached. */
export function findBackup(projectPath: string, name: string): BackupInfo {
  const backup = listBackups(projectPath).find((b) => path.basename(b.path) === name);
  if (backup === undefined) throw new AppError('not_found', `There is no backup called "${name}" for this project.`);
  return backup;
}

/** Throws a plain `unsupported` error when the file is not a sound SQLite database. */
export function refuseDamagedBackup(backupPath: string): void {
  let problems: string[];
  try {
    const check = new Database(backupPath, { readonly: true, fileMustExist: true });
    try {
      problems = checkDatabase(check);
    } finally {
      check.close();
    }
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  if (problems.length > 0) {
    throw new AppError('unsupported', `That backup is damaged (${problems[0]}); choose another. The project was not changed.`);
  }
}

function pruneBackups(projectPath: string, reason: string): void {
  const ours = listBackups(projectPath).filter((b) => b.reason === reason);
  for (const old of ours.slice(keptPerReason)) rmSync(old.path, { force: true });
}

function stampToIso(stamp: string): string {
  // 2026-11-22T03-10-00-000Z → 2026-11-22T03:10:00.000Z
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z` : stamp;
}
