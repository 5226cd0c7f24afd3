// Turning the paths given to `import` (or `revise`) into the files to read: folders are walked
// for the formats Sourcebench reads, and paths that cannot be imported become failures up front.

import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import type { ErrorData } from '../core/api/errors.ts';

// Only files named as text are picked out of folders; a file named explicitly is always tried,
// so the core can say what it is ("a PDF document") instead of the CLI skipping it silently.
const importableInFolders = new Set(['.txt', '.text', '.md', '.markdown', '.htm', '.html']);

export type ImportTarget =
  | { readonly path: string; readonly kind: 'file'; readonly size: number }
  | { readonly path: string; readonly kind: 'problem'; readonly error: ErrorData };

export function collectImportTargets(paths: readonly string[]): ImportTarget[] {
  return paths.flatMap((given) => targetsFor(given));
}

/** One path that must be a file (`revise`): a folder is refused rather than searched. */
export function fileTarget(given: string): ImportTarget {
  const stats = statSync(given, { throwIfNoEntry: false });
  if (stats?.isDirectory()) return problem(given, 'invalid_input', 'a folder, not a file');
  return fileOrProblem(given, stats);
}

function targetsFor(given: string): ImportTarget[] {
  const stats = statSync(given, { throwIfNoEntry: false });
  if (!stats?.isDirectory()) return [fileOrProblem(given, stats)];
  const found = walkFolder(given);
  if (found.length === 0) {
    return [problem(given, 'not_found', `no ${[...importableInFolders].join(', ')} files in this folder`)];
  }
  return found;
}

function fileOrProblem(given: string, stats: Stats | undefined): ImportTarget {
  if (!stats) return problem(given, 'not_found', 'no such file or folder');
  if (stats.isFile()) return { path: given, kind: 'file', size: stats.size };
  return problem(given, 'unsupported', 'not a regular file or folder');
}

function walkFolder(folder: string): ImportTarget[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    return [problem(folder, 'internal', `cannot read this folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`)];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const targets: ImportTarget[] = [];
  for (const entry of entries) {
    // Hidden folders (.git, .obsidian) hold tool data, not sources.
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    // Dirent does not follow symbolic links, so a link to a parent folder cannot loop the walk.
    if (entry.isDirectory()) {
      targets.push(...walkFolder(full));
      continue;
    }
    if (!importableInFolders.has(path.extname(entry.name).toLowerCase())) continue;
    const stats = statSync(full, { throwIfNoEntry: false });
    if (stats?.isFile()) targets.push({ path: full, kind: 'file', size: stats.size });
  }
  return targets;
}

function problem(targetPath: string, code: ErrorData['code'], message: string): ImportTarget {
  return { path: targetPath, kind: 'problem', error: { code, message } };
}
