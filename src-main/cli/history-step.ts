// What `undo` and `redo` share: one step through the project's stored history (`history.undo`
// or `history.redo`), reported as the label of the action taken back or done again.

import type { ParseArgsOptionsConfig } from 'node:util';
import type { CliContext } from './cli-context.ts';
import { exitCode, printFailure, printJson, UsageError } from './cli-context.ts';
import { operands, parseCommandArgs } from './command.ts';
import { globalOptions } from './global-options.ts';
import { withProject } from './open-project.ts';

export const historyStepOptions = { ...globalOptions } as const satisfies ParseArgsOptionsConfig;

export async function runHistoryStep(direction: 'undo' | 'redo', args: string[], ctx: CliContext): Promise<number> {
  const { positionals } = parseCommandArgs(args, historyStepOptions);
  if (operands(positionals).length > 0) throw new UsageError(`${direction} takes no arguments (got "${operands(positionals).join(' ')}")`);
  return withProject(ctx, { mustExist: true }, (core) => {
    const stepped = core.call(direction === 'undo' ? 'history.undo' : 'history.redo', {});
    if (!stepped.ok) return printFailure(ctx, stepped.error);
    if (ctx.json) {
      printJson(ctx, stepped.value);
      return exitCode.ok;
    }
    const { applied, undoLabel, redoLabel } = stepped.value;
    const next = direction === 'undo' ? undoLabel : redoLabel;
    ctx.io.stdout(
      `${direction === 'undo' ? 'Undone' : 'Redone'}: ${applied}\n${next === null ? `Nothing more to ${direction}.` : `Next to ${direction}: ${next}`}\n`,
    );
    return exitCode.ok;
  });
}
