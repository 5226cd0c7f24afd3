// The core as a long-running door holds it (the HTTP server, the Electron
// main): scheduled backups, and restores carried out between calls, since a
// restore replaces the project file and so must close the core, put the
// backup in place and open it again.

import path from 'node:path';
import type { Result } from '../api/errors.ts';
import { AppError } from '../api/errors.ts';
import { openCore, type Core } from '../core.ts';
import type { OpenProjectOptions } from './open-project.ts';
import { restoreBackup } from './backup.ts';
import type { RestoreRequested } from './backup-operations.ts';
import { scheduleBackups, type BackupSchedule } from './backup-schedule.ts';
import type { Project } from './project.ts';
import { takeRestoreRequest } from './restore-request.ts';

/** A Core whose `project` is a different object after a restore. */
export type HostCore = Core;

export interface HostCoreOptions {
  /** How the file is opened the first time (a restore reopens the file it replaced). */
  open?: OpenProjectOptions;
  /** Backups on a schedule while open: scheduleBackups unless replaced, or none. */
  backups?: ((project: Project) => BackupSchedule) | false;
}

export function openHostCore(projectPath: string, options: HostCoreOptions = {}): HostCore {
  let core: Core;
  let schedule: BackupSchedule | null = null;
  const startBackups = options.backups === false ? null : (options.backups ?? scheduleBackups);
  const open = (openOptions: OpenProjectOptions = {}): void => {
    core = openCore(projectPath, openOptions);
    schedule = startBackups === null ? null : startBackups(core.project);
  };
  const shut = (): void => {
    schedule?.stop();
    core.close();
  };
  open(options.open);

  function restoreNow(backupPath: string, requested: RestoreRequested): Result<RestoreRequested> {
    const filePath = core.project.path;
    shut();
    let previous: string | null = null;
    try {
      previous = restoreBackup(filePath, backupPath).previousSavedAs;
      open();
      return { ok: true, value: { ...requested, restored: true, previousSavedAs: previous === null ? null : path.basename(previous) } };
    } catch (error) {
      // Whatever failed, the project the user had is put back and opened again.
      if (previous !== null) restoreBackup(filePath, previous);
      open();
      const data = error instanceof AppError ? error : new AppError('internal', 'The backup could not be restored; the project was not changed.', { detail: String(error) });
      return { ok: false, error: data.toData() };
    }
  }

  function afterCall(result: Result<unknown>): Result<unknown> {
    const backupPath = takeRestoreRequest(core.project);
    if (backupPath === null || !result.ok) return result;
    return restoreNow(backupPath, result.value as RestoreRequested);
  }

  return {
    get project() {
      return core.project;
    },
    call: ((name: string, input: unknown) => afterCall(core.callUntyped(name, input))) as Core['call'],
    callUntyped: (name, input) => afterCall(core.callUntyped(name, input)),
    close: shut,
  };
}
