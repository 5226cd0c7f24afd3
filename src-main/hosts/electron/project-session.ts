// The one project the desktop app has open, and switching to another: the new
// file is opened first, so a refusal (not a project, from a newer version,
// damaged) leaves the current project open and untouched.

import path from 'node:path';
import { AppError } from '../../core/api/errors.ts';
import { openCore, type Core } from '../../core/core.ts';
import { scheduleBackups, type BackupSchedule } from '../../core/project/backup-schedule.ts';
import type { OpenProjectOptions } from '../../core/project/open-project.ts';

export interface ProjectSession {
  readonly core: Core;
  /**
   * Opens `projectPath` and closes the current project; throws an AppError and
   * changes nothing when it cannot. Returns the current core unchanged for the open file.
   */
  switchTo(projectPath: string, options?: OpenProjectOptions): Core;
  close(): void;
}

export interface SessionDependencies {
  open?: (projectPath: string, options: OpenProjectOptions) => Core;
  backups?: (core: Core) => BackupSchedule;
}

export function openProjectSession(projectPath: string, options: OpenProjectOptions = {}, deps: SessionDependencies = {}): ProjectSession {
  const open = deps.open ?? ((file, opts) => openCore(file, opts));
  const backups = deps.backups ?? ((core) => scheduleBackups(core.project));
  const openChecked = (file: string, opts: OpenProjectOptions): Core => {
    try {
      return open(file, opts);
    } catch (error) {
      if (error instanceof AppError) throw error;
      // File-system and SQLite errors are terse; say which file.
      throw new AppError('internal', `Cannot open ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  let core = openChecked(projectPath, options);
  let schedule = backups(core);
  let closed = false;
  return {
    get core() {
      return core;
    },
    switchTo(file, opts = {}) {
      if (closed) throw new AppError('internal', 'The project session is closed.');
      if (path.resolve(file) === core.project.path) return core;
      const next = openChecked(file, opts);
      schedule.stop();
      core.close();
      core = next;
      schedule = backups(core);
      return core;
    },
    close() {
      if (closed) return;
      closed = true;
      schedule.stop();
      core.close();
    },
  };
}
