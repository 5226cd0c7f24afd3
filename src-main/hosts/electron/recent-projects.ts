// The File > Open Recent list: newest first, at most ten, no duplicates, and
// files that no longer exist dropped. Pure: the caller reads and writes it.

import path from 'node:path';

export const maxRecentProjects = 10;

/** The list as stored; anything malformed is skipped rather than trusted. */
export function parseRecentProjects(stored: unknown): string[] {
  const entries = Array.isArray(stored) ? stored : [];
  const paths = entries.filter((entry): entry is string => typeof entry === 'string' && path.isAbsolute(entry));
  return [...new Set(paths)].slice(0, maxRecentProjects);
}

/** Puts a project at the top of the list (moving it if it was already there). */
export function rememberProject(list: readonly string[], projectPath: string): string[] {
  const absolute = path.resolve(projectPath);
  return [absolute, ...list.filter((p) => p !== absolute)].slice(0, maxRecentProjects);
}

export function forgetProject(list: readonly string[], projectPath: string): string[] {
  const absolute = path.resolve(projectPath);
  return list.filter((p) => p !== absolute);
}

export function withoutMissing(list: readonly string[], exists: (file: string) => boolean): string[] {
  return list.filter((p) => exists(p));
}
