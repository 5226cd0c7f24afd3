// Which files the app was asked to open: from the command line on Windows and
// Linux (a double-click in the file manager starts the app, or a second copy
// of it, with the file's path), or macOS's open-file event. Pure.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type DocumentKind = 'project' | 'bundle';

export interface DocumentToOpen {
  kind: DocumentKind;
  path: string;
}

export function documentKind(file: string): DocumentKind | null {
  if (/\.sourcebench$/i.test(file)) return 'project';
  if (/\.sbundle$/i.test(file)) return 'bundle';
  return null;
}

export interface ArgvShape {
  /** Relative paths are taken from here (the second instance's working directory). */
  cwd: string;
  /** Started as `electron <app folder> …` rather than as the packaged app: one more leading argument. */
  defaultApp: boolean;
}

/**
 * The project and bundle files among the arguments, in order. Switches
 * (Chromium adds its own to a second instance's argv) and other files are skipped.
 */
export function documentsFromArgv(argv: readonly string[], shape: ArgvShape): DocumentToOpen[] {
  const operands = argv.slice(shape.defaultApp ? 2 : 1);
  const found: DocumentToOpen[] = [];
  for (const arg of operands) {
    if (arg.startsWith('-')) continue;
    const file = asPath(arg, shape.cwd);
    const kind = file === null ? null : documentKind(file);
    if (file !== null && kind !== null) found.push({ kind, path: file });
  }
  return found;
}

/** Projects before bundles: a bundle is staged into whichever project is open, so that one must open first. */
export function inOpeningOrder(documents: readonly DocumentToOpen[]): DocumentToOpen[] {
  return [...documents.filter((d) => d.kind === 'project'), ...documents.filter((d) => d.kind === 'bundle')];
}

/** A path from an open-file event (macOS), already absolute. */
export function documentFromOpenFile(file: string): DocumentToOpen | null {
  const kind = documentKind(file);
  return kind === null ? null : { kind, path: path.resolve(file) };
}

function asPath(arg: string, cwd: string): string | null {
  // Some file managers hand over URLs (%U in a desktop entry) instead of paths.
  if (/^file:\/\//i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return null;
  return path.resolve(cwd, arg);
}
