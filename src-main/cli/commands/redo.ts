// `sourcebench redo`: does again the change `undo` last took back, from the history stored in
// the project. A new change after an undo ends what can be redone.

import type { Command } from '../command.ts';
import { historyStepOptions, runHistoryStep } from '../history-step.ts';

export const redoCommand: Command = {
  name: 'redo',
  synopsis: 'redo',
  summary: 'Do again what undo took back',
  help: `Usage: sourcebench redo [--project FILE] [--json]

Does again the change "sourcebench undo" last took back and prints what it
was. Once a new change is made, what was undone can no longer be redone.

  --json  print { "applied", "undoLabel", "redoLabel" }: the step taken and
          what undo and redo would do next (null for nothing)

A step that can no longer apply (what it refers to was removed or replaced
since) is taken off the history with a message, changing nothing (exit 1).
`,
  options: historyStepOptions,
  run: (args, ctx) => runHistoryStep('redo', args, ctx),
};
