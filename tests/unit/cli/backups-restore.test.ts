// `sourcebench backups` and `sourcebench restore`: listing, the confirmation
// that guards a restore, the restore itself, and undoing it.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../src-main/core/core.ts';
import { backupFolder, backupProject } from '../../../src-main/core/project/backup.ts';
import { cli, tempFolder } from './cli-harness.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());

async function projectWithBackup(): Promise<string> {
  const folder = tempFolder();
  cleanup = folder.cleanup;
  const core = openCore(folder.project);
  core.call('sources.importText', { text: 'The account kept in the backup.', title: 'Before' });
  backupProject(core.project.db, folder.project, 'scheduled');
  core.call('sources.importText', { text: 'An account added after the backup.', title: 'After' });
  core.close();
  return folder.project;
}

async function sourceTitles(project: string): Promise<string[]> {
  const run = await cli(['--project', project, '--json', 'sources']);
  return (JSON.parse(run.stdout) as { rows: { title: string }[] }).rows.map((r) => r.title).sort();
}

describe('sourcebench backups and restore', () => {
  it('lists the backups with when, why and how big', async () => {
    const project = await projectWithBackup();
    const listed = await cli(['--project', project, 'backups']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/TAKEN\s+REASON\s+SIZE\s+NAME/);
    expect(listed.stdout).toMatch(/Scheduled\s+\d+ KB\s+test\.sourcebench\.scheduled\./);
    const json = JSON.parse((await cli(['--project', project, '--json', 'backups'])).stdout) as { reason: string; bytes: number }[];
    expect(json).toHaveLength(1);
    expect(json[0]?.reason).toBe('scheduled');
  });

  it('changes nothing without --yes, restores with it, and the restore can be undone', async () => {
    const project = await projectWithBackup();
    const [backup] = JSON.parse((await cli(['--project', project, '--json', 'backups'])).stdout) as { name: string }[];
    const name = backup?.name ?? '';

    const unconfirmed = await cli(['--project', project, 'restore', name]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toMatch(/current state is kept as a backup.*--yes/);
    expect(await sourceTitles(project)).toEqual(['After', 'Before']);

    const restored = await cli(['--project', project, '--json', 'restore', name, '--yes']);
    expect(restored.code).toBe(0);
    const { previousSavedAs } = JSON.parse(restored.stdout) as { previousSavedAs: string };
    expect(await sourceTitles(project)).toEqual(['Before']);

    expect((await cli(['--project', project, 'restore', previousSavedAs, '--yes'])).code).toBe(0);
    expect(await sourceTitles(project)).toEqual(['After', 'Before']);
  });

  it('refuses an unknown or damaged backup and leaves the project as it was', async () => {
    const project = await projectWithBackup();
    const unknown = await cli(['--project', project, 'restore', 'no-such-backup', '--yes']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no backup called "no-such-backup"/);

    const damaged = 'test.sourcebench.scheduled.2020-01-01T00-00-00-000Z';
    writeFileSync(path.join(backupFolder(project), damaged), 'not a database at all');
    const refused = await cli(['--project', project, 'restore', damaged, '--yes']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/damaged.*not changed/);
    expect(await sourceTitles(project)).toEqual(['After', 'Before']);
  });
});
