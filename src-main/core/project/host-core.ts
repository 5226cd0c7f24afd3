// The core as a long-running door holds it (the HTTP server, the Electron
// main): scheduled backups, and restores carried out between calls, since a
// restore replaces the project file and so must close the core, put the
// backup in place and open it again.

import path from 'node:path';
import type { Result } from '../api/errors.ts';
import { AppError } from '../api/errors.ts';
import { openCore, type Core } from '../core.ts';
import { restoreBackup } from './backup.ts';
import type { RestoreRequested } from './backup-operations.ts';
import { scheduleBackups, type BackupSchedule } from './backup-schedule.ts';
import type { Project } from './project.ts';
import { takeRestoreRequest } from './restore-request.ts';

export interface HostCore {
  /** The open project; a different object after a restore. */
  readonly project: Project;
  callUntyped(name: string, input: unknown): Result<unknown>;
  close(): void;
}

export interface HostCoreOptions {
  /** Back up on a schedule while open (the default). */
  scheduledBackups?: boolean;
}

export function openHostCore(projectPath: string, options: HostCoreOptions = {}): HostCore {
  let core: Core;
  let schedule: BackupSchedule | null = null;
  const open = (): void => {
    core = openCore(projectPath);
    schedule = options.scheduledBackups === false ? null : scheduleBackups(core.project);
  };
  const shut = (): void => {
    schedule?.stop();
    core.close();
  };
  open();

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

  return {
    get project() {
      return core.project;
    },
    callUntyped(name, input) {
      const result = core.callUntyped(name, input);
      const backupPath = takeRestoreRequest(core.project);
      if (backupPath === null || !result.ok) return result;
      return restoreNow(backupPath, result.value as RestoreRequested);
    },
    close: shut,
  };
}
