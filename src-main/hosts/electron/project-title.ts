// How an open project is named in the window title and the Open Recent menu.

import path from 'node:path';

export function projectDisplayName(projectPath: string): string {
  return path.basename(projectPath).replace(/\.sourcebench$/i, '');
}

/**
 * The page names its view ("Codebook — Sourcebench"); the window adds the
 * project: "Codebook — Field notes — Sourcebench".
 */
export function windowTitle(projectPath: string, pageTitle = 'Sourcebench'): string {
  const suffix = ' — Sourcebench';
  const view = pageTitle.endsWith(suffix) ? pageTitle.slice(0, -suffix.length) : '';
  return `${view === '' ? '' : `${view} — `}${projectDisplayName(projectPath)}${suffix}`;
}

/** "Name — folder" for a menu; "&" doubled because Windows and Linux read it as a mnemonic. */
export function recentMenuLabel(projectPath: string): string {
  const label = `${projectDisplayName(projectPath)} — ${path.dirname(projectPath)}`;
  return label.replace(/&/g, '&&');
}
