// A restore asked for through the contract. It replaces the project file, so
// it cannot run inside the router's transaction on the open connection: the
// operation records the request here and the door that holds the core
// carries it out between calls (see host-core.ts).

import type { Project } from './project.ts';

const pending = new WeakMap<Project, string>();

export function requestRestore(project: Project, backupPath: string): void {
  pending.set(project, backupPath);
}

/** The backup a door should restore now, once; null when none was asked for. */
export function takeRestoreRequest(project: Project): string | null {
  const backupPath = pending.get(project) ?? null;
  pending.delete(project);
  return backupPath;
}
