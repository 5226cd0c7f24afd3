// Copies of the project file taken before anything risky (a migration).
// VACUUM INTO writes a consistent, compact copy synchronously, WAL included.

import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

const keptPerReason = 5;

export function backupFolder(projectPath: string): string {
  return `${projectPath}.backups`;
}

export function backupProject(db: Database.Database, projectPath: string, reason: string): string {
  const folder = backupFolder(projectPath);
  mkdirSync(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(folder, `${path.basename(projectPath)}.${reason}.${stamp}`);
  db.prepare('VACUUM INTO ?').run(target);
  pruneBackups(folder, reason);
  return target;
}

function pruneBackups(folder: string, reason: string): void {
  const ours = readdirSync(folder)
    .filter((name) => name.includes(`.${reason}.`))
    .sort();
  for (const old of ours.slice(0, Math.max(0, ours.length - keptPerReason))) {
    rmSync(path.join(folder, old), { force: true });
  }
}
