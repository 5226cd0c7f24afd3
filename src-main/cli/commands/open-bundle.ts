// `sourcebench open-bundle FILE.sbundle --project NEW.sourcebench`: a bundle opened as a
// project of its own (openBundleAsProject), never over an existing file.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { AppError } from '../../core/api/errors.ts';
import { exitCode, printFailure, printJson, UsageError } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { globalOptions } from '../global-options.ts';

const options = { ...globalOptions } as const satisfies ParseArgsOptionsConfig;

export const openBundleCommand: Command = {
  name: 'open-bundle',
  synopsis: 'open-bundle FILE.sbundle --project NEW.sourcebench',
  summary: 'Open a bundle as a new project',
  help: `Usage: sourcebench open-bundle FILE.sbundle --project NEW.sourcebench [--json]

Creates the project NEW.sourcebench (which must not exist yet) holding
everything in the bundle. If the bundle is damaged, no project is created.

  --json  print the merge summary as JSON
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    const files = operands(positionals);
    if (files.length !== 1) throw new UsageError('open-bundle needs one bundle file');
    if (values.project === undefined) throw new UsageError('open-bundle needs --project NEW.sourcebench for the new project');
    const bundle = path.resolve(files[0] ?? '');
    if (!existsSync(bundle)) return printFailure(ctx, { code: 'not_found', message: `No bundle at ${bundle}.` });
    const { openBundleAsProject } = await import('../../core/bundles/open-as-project.ts');
    try {
      const summary = openBundleAsProject(bundle, ctx.projectPath);
      if (ctx.json) printJson(ctx, summary);
      else ctx.io.stdout(`opened ${bundle} as ${summary.projectPath}: ${summary.tallies.sources.added} sources, ${summary.tallies.highlights.added} highlights\n`);
      return exitCode.ok;
    } catch (error) {
      if (error instanceof AppError) return printFailure(ctx, error.toData());
      throw error;
    }
  },
};
