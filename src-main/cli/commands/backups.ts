// `sourcebench backups`: the project's backups, newest first, with when and why each was taken.
// Reads the backup folder only, so it works even when the project itself is damaged.

import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { describeBackupReason } from '../../core/project/backup-operations.ts';
import { listBackups } from '../../core/project/backup.ts';
import { exitCode, printJson, UsageError } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { globalOptions } from '../global-options.ts';
import { formatTable } from '../text-table.ts';

const options = { ...globalOptions } as const satisfies ParseArgsOptionsConfig;

export const backupsCommand: Command = {
  name: 'backups',
  synopsis: 'backups',
  summary: 'List the project\'s backups, newest first',
  help: `Usage: sourcebench backups [--project FILE] [--json]

Lists the copies of the project kept beside it: taken on a schedule while the
workbench is open, before an upgrade changes the file, before a merge, and
before a restore. Restore one with "sourcebench restore NAME --yes".

  --json  print [{ "name", "reason", "takenAt", "bytes" }]
`,
  options,
  async run(args, ctx) {
    const { positionals } = parseCommandArgs(args, options);
    if (operands(positionals).length > 0) throw new UsageError(`backups takes no arguments (got "${operands(positionals).join(' ')}")`);
    const backups = listBackups(ctx.projectPath).map((b) => ({ name: path.basename(b.path), reason: b.reason, takenAt: b.takenAt, bytes: b.bytes }));
    if (ctx.json) {
      printJson(ctx, backups);
      return exitCode.ok;
    }
    if (backups.length === 0) {
      ctx.io.stdout(`No backups of ${ctx.projectPath} yet.\n`);
      return exitCode.ok;
    }
    const table = formatTable(
      [{ header: 'TAKEN' }, { header: 'REASON' }, { header: 'SIZE' }, { header: 'NAME' }],
      backups.map((b) => [b.takenAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'), describeBackupReason(b.reason), formatBytes(b.bytes), b.name]),
    );
    ctx.io.stdout(`${table}\n`);
    return exitCode.ok;
  },
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
