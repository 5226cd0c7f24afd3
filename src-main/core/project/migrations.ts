// Numbered SQL migrations from db/migrations, applied in one transaction and
// tracked with PRAGMA user_version (the number of the last one applied).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { appRoot } from './app-root.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const fileNamePattern = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export function loadMigrations(dir = path.join(appRoot(), 'db', 'migrations')): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: fileNamePattern.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: readFileSync(path.join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  const seen = new Set<number>();
  for (const m of migrations) {
    if (seen.has(m.version)) throw new Error(`Two migrations share the number ${m.version}.`);
    seen.add(m.version);
  }
  return migrations;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function refuseNewerSchema(db: Database.Database, migrations: readonly Migration[], filePath: string): void {
  const version = schemaVersion(db);
  const latest = latestVersion(migrations);
  if (version > latest) {
    throw new AppError(
      'unsupported',
      `${path.basename(filePath)} was written by a newer version of Sourcebench (schema ${version}; this version knows up to ${latest}). Update Sourcebench to open it; the file was not changed.`,
      { fileVersion: version, supportedVersion: latest },
    );
  }
}

/** Applies every migration above the file's version (up to `target`) in one transaction. */
export function applyMigrations(db: Database.Database, migrations: readonly Migration[], target = latestVersion(migrations)): number[] {
  const pending = migrations.filter((m) => m.version > schemaVersion(db) && m.version <= target);
  if (pending.length === 0) return [];
  // Foreign keys cannot be switched inside a transaction; checked explicitly at the end instead.
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of pending) {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }
      const problems = db.pragma('foreign_key_check') as unknown[];
      if (problems.length > 0) throw new Error(`Migration left ${problems.length} broken references.`);
    }).exclusive();
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return pending.map((m) => m.version);
}
