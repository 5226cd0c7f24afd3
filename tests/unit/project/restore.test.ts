// Restoring a backup through the contract, as the workbench does: the door's
// host core closes the project, puts the backup in place and opens it again,
// keeping the replaced state as a backup of its own.

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolder, backupProject } from '../../../src-main/core/project/backup.ts';
import type { BackupListing, RestoreRequested } from '../../../src-main/core/project/backup-operations.ts';
import { openHostCore, type HostCore } from '../../../src-main/core/project/host-core.ts';

let core: HostCore | null = null;
afterEach(() => core?.close());

function open(): HostCore {
  core = openHostCore(path.join(mkdtempSync(path.join(os.tmpdir(), 'sb-restore-')), 'p.sourcebench'), { backups: false });
  return core;
}

function value<T>(host: HostCore, name: string, input: unknown): T {
  const result = host.callUntyped(name, input);
  if (!result.ok) throw new Error(`${name} failed (${result.error.code}): ${result.error.message}`);
  return result.value as T;
}

function titles(host: HostCore): string[] {
  return value<{ rows: { title: string }[] }>(host, 'sources.list', {}).rows.map((r) => r.title).sort();
}

describe('restoring a backup from the workbench', () => {
  it('puts the backup in place, keeps the replaced state as a backup, and can be undone', () => {
    const host = open();
    value(host, 'sources.importText', { text: 'The first account of the attack.', title: 'First' });
    backupProject(host.project.db, host.project.path, 'scheduled');
    value(host, 'sources.importText', { text: 'A second account, added after the backup.', title: 'Second' });

    const [backup] = value<BackupListing[]>(host, 'project.backups', {});
    expect(backup).toMatchObject({ reason: 'scheduled' });
    expect(backup?.bytes).toBeGreaterThan(0);

    const restored = value<RestoreRequested>(host, 'project.restoreBackup', { name: backup?.name });
    expect(restored.restored).toBe(true);
    expect(titles(host)).toEqual(['First']);

    // The state just replaced is a backup now, listed like any other, so the restore can be undone.
    const listed = value<BackupListing[]>(host, 'project.backups', {});
    const kept = listed.find((b) => b.name === restored.previousSavedAs);
    expect(kept?.reason).toBe('before-restore');
    value(host, 'project.restoreBackup', { name: kept?.name });
    expect(titles(host)).toEqual(['First', 'Second']);
  });

  it('refuses a damaged backup and leaves the open project as it was', () => {
    const host = open();
    value(host, 'sources.importText', { text: 'An account that must survive a bad restore.', title: 'Kept' });
    const damaged = path.join(backupFolder(host.project.path), 'p.sourcebench.scheduled.2020-01-01T00-00-00-000Z');
    backupProject(host.project.db, host.project.path, 'scheduled');
    writeFileSync(damaged, Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(4000, 0xff)]));

    const result = host.callUntyped('project.restoreBackup', { name: path.basename(damaged) });
    expect(result.ok ? null : result.error.code).toBe('unsupported');
    expect(result.ok ? '' : result.error.message).toMatch(/damaged.*not changed/);
    expect(titles(host)).toEqual(['Kept']);
    // Nothing was replaced, so no before-restore copy was made either.
    expect(value<BackupListing[]>(host, 'project.backups', {}).some((b) => b.reason === 'before-restore')).toBe(false);
  });

  it('restores only backups of this project, named, never a path', () => {
    const host = open();
    for (const name of ['../p.sourcebench', '/etc/passwd', 'p.sourcebench.scheduled.nope']) {
      const result = host.callUntyped('project.restoreBackup', { name });
      expect(result.ok ? null : result.error.code).toBe('not_found');
    }
  });
});
