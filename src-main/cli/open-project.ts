// Opening the project for one command and closing it afterwards, with a failure to open
// (a newer file, not a project at all, no permission) reported as one line and exit 1.

import { existsSync } from 'node:fs';
import { AppError, type ErrorData } from '../core/api/errors.ts';
import type { Core } from '../core/core.ts';
import { printFailure, type CliContext } from './cli-context.ts';

export interface OpenOptions {
  /** Commands that only read refuse a missing file rather than create an empty project by mistake. */
  mustExist: boolean;
}

export async function withProject(ctx: CliContext, options: OpenOptions, work: (core: Core) => number | Promise<number>): Promise<number> {
  if (options.mustExist && !existsSync(ctx.projectPath)) {
    return printFailure(ctx, {
      code: 'not_found',
      message: `No project at ${ctx.projectPath}. Check the path, or create it by importing: sourcebench --project ${ctx.projectPath} import PATH`,
    });
  }
  // Loaded here, not at the top: the core pulls in the HTML and Markdown parsers (over a second
  // to load), which --help, --version and usage errors should not wait for.
  const { openCore } = await import('../core/core.ts');
  let core: Core;
  try {
    core = openCore(ctx.projectPath);
  } catch (error) {
    return printFailure(ctx, openErrorData(ctx.projectPath, error));
  }
  try {
    return await work(core);
  } finally {
    core.close();
  }
}

function openErrorData(projectPath: string, error: unknown): ErrorData {
  if (error instanceof AppError) return error.toData();
  // SQLite and file-system errors are terse ("unable to open database file"); say which file.
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Cannot open the project ${projectPath}: ${detail}` };
}
