// Where the user stopped reading each source, kept per project (the project
// file's path is the key, so two projects never mix) as the reading-text offset
// of the paragraph at the top of the view. The newest few hundred are kept.

import { write } from '../appearance/stored-preference.ts';

const keep = 300;

function storageKey(projectPath: string): string {
  return `sourcebench:reading-positions:${projectPath}`;
}

function readAll(projectPath: string): Record<string, number> {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(storageKey(projectPath)) ?? '{}');
    if (typeof value !== 'object' || value === null) return {};
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => Number.isSafeInteger(entry[1]) && entry[1] >= 0));
  } catch {
    return {};
  }
}

export function readReadingPosition(projectPath: string, sourceId: string): number | null {
  return readAll(projectPath)[sourceId] ?? null;
}

export function saveReadingPosition(projectPath: string, sourceId: string, offset: number): void {
  const all = readAll(projectPath);
  delete all[sourceId];
  // Insertion order is recency: the newest goes last and the oldest fall off the front.
  const entries = [...Object.entries(all), [sourceId, offset] as const].slice(-keep);
  write(storageKey(projectPath), Object.fromEntries(entries));
}
