// `sourcebench save-copy PATH`: a consistent copy of the project written elsewhere, the same
// copy as the desktop app's File > Save a Copy, safe while the workbench has the project open.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { AppError } from '../../core/api/errors.ts';
import { exitCode, printFailure, printJson, UsageError } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';

const options = {
  ...globalOptions,
  force: { type: 'boolean' },
} as const satisfies ParseArgsOptionsConfig;

export const saveCopyCommand: Command = {
  name: 'save-copy',
  synopsis: 'save-copy PATH',
  summary: 'Write a consistent copy of the project to another file',
  help: `Usage: sourcebench save-copy PATH [--force] [--project FILE] [--json]

Writes everything in the project, as it is now, to the file PATH: a complete
project of its own that opens anywhere. Safe while the workbench has the
project open. The project itself is not changed.

  --force  replace PATH if a file is already there
  --json   print { "path", "bytes" }
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    const given = operands(positionals);
    if (given.length !== 1) throw new UsageError(given.length === 0 ? 'save-copy needs the path of the copy' : 'save-copy takes one path');
    const target = path.resolve(given[0] ?? '');
    if (existsSync(target) && values.force !== true) {
      return printFailure(ctx, { code: 'conflict', message: `${target} already exists; add --force to replace it.` });
    }
    return withProject(ctx, { mustExist: true }, async (core) => {
      const { saveProjectCopy } = await import('../../core/project/save-copy.ts');
      try {
        const saved = saveProjectCopy(core.project, target);
        if (ctx.json) printJson(ctx, saved);
        else ctx.io.stdout(`Saved a copy of ${path.basename(core.project.path)} to ${saved.path} (${saved.bytes} bytes).\n`);
        return exitCode.ok;
      } catch (error) {
        if (error instanceof AppError) return printFailure(ctx, error.toData());
        throw error;
      }
    });
  },
};
