// `sourcebench restore NAME --yes`: puts a backup in place of the project file. The state it
// replaces is kept as a backup first, so a restore can itself be undone the same way.

import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { AppError } from '../../core/api/errors.ts';
import { findBackup, restoreBackup } from '../../core/project/backup.ts';
import { exitCode, printFailure, printJson, UsageError } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { globalOptions } from '../global-options.ts';

const options = { ...globalOptions, yes: { type: 'boolean' } } as const satisfies ParseArgsOptionsConfig;

export const restoreCommand: Command = {
  name: 'restore',
  synopsis: 'restore BACKUP --yes',
  summary: 'Replace the project with one of its backups (the current state is kept as a backup)',
  help: `Usage: sourcebench restore BACKUP --yes [--project FILE] [--json]

Replaces the project file with BACKUP, a name listed by "sourcebench backups".
The project as it is now is first kept as a backup of its own ("before a
restore"), so the restore can be undone by restoring that one. Works on a
damaged project too. Close the workbench on this project first.

  --yes   do it; without it nothing is changed and the command says what it would do
  --json  print { "restored", "takenAt", "previousSavedAs" }
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    const names = operands(positionals);
    if (names.length !== 1) throw new UsageError('restore takes one backup name; list them with "sourcebench backups"');
    const name = names[0] ?? '';
    try {
      const backup = findBackup(ctx.projectPath, name);
      if (values.yes !== true) {
        throw new UsageError(
          `restoring ${name} replaces ${ctx.projectPath} with the backup taken ${backup.takenAt} (the current state is kept as a backup); add --yes to do it`,
        );
      }
      const { previousSavedAs } = restoreBackup(ctx.projectPath, backup.path);
      const previous = previousSavedAs === null ? null : path.basename(previousSavedAs);
      if (ctx.json) printJson(ctx, { restored: name, takenAt: backup.takenAt, previousSavedAs: previous });
      else {
        ctx.io.stdout(`Restored the backup taken ${backup.takenAt}.\n`);
        if (previous !== null) ctx.io.stdout(`The state it replaced is kept as ${previous}; to go back: sourcebench restore ${previous} --yes\n`);
      }
      return exitCode.ok;
    } catch (error) {
      if (error instanceof AppError) return printFailure(ctx, error.toData());
      throw error;
    }
  },
};
