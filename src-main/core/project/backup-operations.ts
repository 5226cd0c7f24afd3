// Listing the project's backups and asking to restore one. Backups are named,
// never given as paths; the restore itself is done by the door (host-core.ts).

import path from 'node:path';
import { z } from 'zod';
import { defineOperation } from '../api/contract.ts';
import { findBackup, listBackups, refuseDamagedBackup } from './backup.ts';
import { requestRestore } from './restore-request.ts';

export interface BackupListing {
  /** The backup's file name in the project's backup folder: what restore takes. */
  name: string;
  /** scheduled, before-restore, before-merge, before-vNN (a migration). */
  reason: string;
  /** The reason in words for people: "Scheduled", "Before an upgrade", … */
  reasonLabel: string;
  takenAt: string;
  bytes: number;
}

export interface RestoreRequested {
  name: string;
  takenAt: string;
  /** True once the door has put the backup in place; false when only the request was recorded. */
  restored: boolean;
  /** The file name of the backup of the state just replaced, so the restore can itself be undone. */
  previousSavedAs: string | null;
}

export function describeBackupReason(reason: string): string {
  if (reason === 'scheduled') return 'Scheduled';
  if (reason === 'before-restore') return 'Before a restore';
  if (reason === 'before-merge') return 'Before a merge';
  return /^before-v\d+$/.test(reason) ? 'Before an upgrade' : reason;
}

const backupName = z.string().min(1).max(300);

export const backupOperations = [
  defineOperation('project.backups', z.object({}), (project): BackupListing[] =>
    listBackups(project.path).map((b) => ({
      name: path.basename(b.path),
      reason: b.reason,
      reasonLabel: describeBackupReason(b.reason),
      takenAt: b.takenAt,
      bytes: b.bytes,
    })),
  ),
  defineOperation('project.restoreBackup', z.object({ name: backupName }), (project, input): RestoreRequested => {
    const backup = findBackup(project.path, input.name);
    // Refused now, so a damaged backup never closes the open project.
    refuseDamagedBackup(backup.path);
    requestRestore(project, backup.path);
    return { name: input.name, takenAt: backup.takenAt, restored: false, previousSavedAs: null };
  }),
] as const;
