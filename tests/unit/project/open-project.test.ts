// Opening project files: create, reopen, refuse files from newer versions or
// that are not projects, and back up before migrating an older file.

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/core/api/errors.ts';
import { backupFolder } from '../../../src-main/core/project/backup.ts';
import { applyMigrations, latestVersion, loadMigrations, schemaVersion } from '../../../src-main/core/project/migrations.ts';
import { closeProject, openProject } from '../../../src-main/core/project/open-project.ts';

const latest = latestVersion(loadMigrations());

function tempPath(name = 'p.sourcebench'): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'sb-open-')), name);
}

describe('openProject', () => {
  it('creates a new project file in WAL mode with foreign keys on, at the latest schema', () => {
    const file = tempPath();
    const project = openProject(file);
    expect(project.createdNow).toBe(true);
    expect(project.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(project.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(project.db)).toBe(latest);
    closeProject(project);
    const again = openProject(file);
    expect(again.createdNow).toBe(false);
    closeProject(again);
  });

  it('refuses a file written by a newer version and leaves it unchanged', () => {
    const file = tempPath();
    const db = new Database(file);
    db.pragma(`user_version = ${latest + 10}`);
    db.close();
    const before = readFileSync(file);
    let error: unknown;
    try {
      openProject(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('unsupported');
    expect((error as AppError).message).toMatch(/newer version of Sourcebench/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not an SQLite database', () => {
    const file = tempPath('notes.sourcebench');
    writeFileSync(file, 'just some notes');
    expect(() => openProject(file)).toThrow(/not a Sourcebench project/);
    expect(readFileSync(file, 'utf8')).toBe('just some notes');
  });

  it('refuses a missing file when asked not to create one', () => {
    expect(() => openProject(tempPath(), { create: false })).toThrow(/No project at/);
  });

  it('backs up an older project before migrating it, and the backup keeps the old data', () => {
    const file = tempPath();
    const db = new Database(file);
    applyMigrations(db, loadMigrations(), 10);
    db.prepare(
      `INSERT INTO sources (id, title, format, original, original_sha256, text_sha256, imported_at, created_at, updated_at)
       VALUES ('s1', 'Kept', 'text', x'00', 'h', 't', 't', 't', 't')`,
    ).run();
    db.close();

    const project = openProject(file);
    expect(schemaVersion(project.db)).toBe(latest);
    expect(project.db.prepare('SELECT title FROM sources').get()).toEqual({ title: 'Kept' });
    closeProject(project);

    const backups = readdirSync(backupFolder(file));
    expect(backups).toHaveLength(1);
    const backup = new Database(path.join(backupFolder(file), backups[0] ?? ''), { readonly: true });
    expect(schemaVersion(backup)).toBe(10);
    expect(backup.prepare('SELECT title FROM sources').get()).toEqual({ title: 'Kept' });
    backup.close();
  });
});
