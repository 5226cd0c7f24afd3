// The one project the desktop app has open, and switching to another: the new
// file is opened first, so a refusal (not a project, from a newer version,
// damaged) leaves the current project open and untouched.

import path from 'node:path';
import { AppError } from '../../core/api/errors.ts';
import type { Core } from '../../core/core.ts';
import type { BackupSchedule } from '../../core/project/backup-schedule.ts';
import { openHostCore } from '../../core/project/host-core.ts';
import type { OpenProjectOptions } from '../../core/project/open-project.ts';
import type { Project } from '../../core/project/project.ts';

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
  /** Replaces the scheduled backups of each project the session opens (tests watch them). */
  backups?: (project: Project) => BackupSchedule;
}

export function openProjectSession(projectPath: string, options: OpenProjectOptions = {}, deps: SessionDependencies = {}): ProjectSession {
  // A host core: scheduled backups, and restores carried out between calls.
  const openChecked = (file: string, opts: OpenProjectOptions): Core => {
    try {
      return openHostCore(file, deps.backups === undefined ? { open: opts } : { open: opts, backups: deps.backups });
    } catch (error) {
      if (error instanceof AppError) throw error;
      // File-system and SQLite errors are terse; say which file.
      throw new AppError('internal', `Cannot open ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  let core = openChecked(projectPath, options);
  let closed = false;
  return {
    get core() {
      return core;
    },
    switchTo(file, opts = {}) {
      if (closed) throw new AppError('internal', 'The project session is closed.');
      if (path.resolve(file) === core.project.path) return core;
      const next = openChecked(file, opts);
      core.close();
      core = next;
      return core;
    },
    close() {
      if (closed) return;
      closed = true;
      core.close();
    },
  };
}
