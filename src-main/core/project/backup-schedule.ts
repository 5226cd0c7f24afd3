// Backups on a schedule while a door keeps a project open: one soon after
// opening when the newest is older than the interval, then one per interval.

import { backupProjectOnline, listBackups } from './backup.ts';
import type { Project } from './project.ts';

export interface BackupSchedule {
  stop(): void;
}

const sixHours = 6 * 60 * 60 * 1000;

export function scheduleBackups(project: Project, options: { intervalMs?: number; firstDelayMs?: number } = {}): BackupSchedule {
  const intervalMs = options.intervalMs ?? sixHours;
  let running = false;
  const takeBackup = () => {
    if (running || !project.db.open) return;
    running = true;
    backupProjectOnline(project.db, project.path, 'scheduled')
      .catch((error: unknown) => console.error(`Sourcebench could not back up ${project.path}:`, error))
      .finally(() => {
        running = false;
      });
  };
  const newest = listBackups(project.path).find((b) => b.reason === 'scheduled');
  const due = newest === undefined || Date.now() - Date.parse(newest.takenAt) > intervalMs;
  const first = due ? setTimeout(takeBackup, options.firstDelayMs ?? 60_000) : null;
  const every = setInterval(takeBackup, intervalMs);
  first?.unref();
  every.unref();
  return {
    stop() {
      if (first) clearTimeout(first);
      clearInterval(every);
    },
  };
}
