// Opens (or creates) a project file: WAL, foreign keys, a refusal of files
// from newer versions, a backup before migrating, then the migrations.

import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { backupProject, listBackups } from './backup.ts';
import { checkDatabase } from './check-project.ts';
import { applyMigrations, loadMigrations, refuseNewerSchema, schemaVersion } from './migrations.ts';
import type { Project } from './project.ts';
import { removeStagingFolder } from './staging.ts';

const sqliteHeader = 'SQLite format 3\u0000';

export interface OpenProjectOptions {
  /** Create the file when missing (the default); false refuses a missing file. */
  create?: boolean;
}

export function openProject(filePath: string, options: OpenProjectOptions = {}): Project {
  const absolute = path.resolve(filePath);
  const exists = existsSync(absolute);
  if (!exists && options.create === false) {
    throw new AppError('not_found', `No project at ${absolute}.`);
  }
  if (exists) refuseNonSqlite(absolute);
  mkdirSync(path.dirname(absolute), { recursive: true });

  const db = new Database(absolute);
  try {
    const migrations = loadMigrations();
    // Before anything writes (switching to WAL does), so a refused file stays byte for byte.
    refuseNewerSchema(db, migrations, absolute);
    if (exists) refuseDamaged(db, absolute);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (exists && schemaVersion(db) > 0 && schemaVersion(db) < (migrations.at(-1)?.version ?? 0)) {
      backupProject(db, absolute, `before-v${migrations.at(-1)?.version ?? 0}`);
    }
    applyMigrations(db, migrations);
  } catch (error) {
    db.close();
    throw asDamagedFileError(error, absolute);
  }
  return { db, path: absolute, createdNow: !exists };
}

function refuseNonSqlite(filePath: string): void {
  const buffer = Buffer.alloc(sqliteHeader.length);
  const fd = openSync(filePath, 'r');
  const read = (() => {
    try {
      return readSync(fd, buffer, 0, buffer.length, 0);
    } finally {
      closeSync(fd);
    }
  })();
  // An empty file is a fresh SQLite database; anything else must carry the header.
  if (read > 0 && buffer.subarray(0, read).toString('latin1') !== sqliteHeader) {
    throw new AppError('unsupported', `${path.basename(filePath)} is not a Sourcebench project (not an SQLite file); it was left unchanged.`);
  }
}

function asDamagedFileError(error: unknown, filePath: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new AppError('unsupported', `${path.basename(filePath)} is damaged (${(error as Error).message}). It was not changed; restore a backup with \`sourcebench restore\`.`, {
      backups: listBackups(filePath),
    });
  }
  return error;
}

function refuseDamaged(db: Database.Database, filePath: string): void {
  let problems: string[];
  try {
    problems = checkDatabase(db);
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  if (problems.length === 0) return;
  const backups = listBackups(filePath);
  const remedy =
    backups.length > 0
      ? `Restore a backup (newest: ${backups[0]?.takenAt}) with \`sourcebench restore\`.`
      : 'No backup of it exists; open a copy with an SQLite recovery tool.';
  throw new AppError('unsupported', `${path.basename(filePath)} is damaged (${problems[0]}). It was not changed. ${remedy}`, {
    problems: problems.slice(0, 20),
    backups,
  });
}

export function closeProject(project: Project): void {
  if (project.db.open) project.db.close();
  removeStagingFolder(project);
}

/** The project file and the WAL files SQLite keeps beside it, removed: a project made here that must not be left behind. */
export function removeProjectFile(projectPath: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${projectPath}${suffix}`, { force: true });
}
