// What `undo` and `redo` share: one step through the project's stored history (`history.undo`
// or `history.redo`), reported as the label of the action taken back or done again, or as the
// step dropped because it could no longer apply.

import type { ParseArgsOptionsConfig } from 'node:util';
import type { CliContext } from './cli-context.ts';
import { exitCode, oneLine, printFailure, printJson, UsageError } from './cli-context.ts';
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
    const { applied, dropped, undoLabel, redoLabel } = stepped.value;
    // A step that could no longer apply was taken off the history: nothing was undone, so exit 1.
    if (dropped !== undefined) ctx.io.stderr(`sourcebench: ${oneLine(dropped.message)}\n`);
    const code = dropped === undefined ? exitCode.ok : exitCode.failure;
    if (ctx.json) {
      printJson(ctx, stepped.value);
      return code;
    }
    const next = direction === 'undo' ? undoLabel : redoLabel;
    const done = dropped === undefined ? `${direction === 'undo' ? 'Undone' : 'Redone'}: ${applied}\n` : '';
    ctx.io.stdout(`${done}${next === null ? `Nothing more to ${direction}.` : `Next to ${direction}: ${next}`}\n`);
    return code;
  });
}
