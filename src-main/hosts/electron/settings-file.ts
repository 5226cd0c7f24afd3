// Small JSON files the desktop app keeps in its user-data folder (recent
// projects, window placement). A missing or unreadable file reads as null, so
// a damaged setting costs the setting, never the start of the app.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function readSettingsFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/** Written beside the target and renamed, so a crash mid-write leaves the old file whole. */
export function writeSettingsFile(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(partial, file);
}
