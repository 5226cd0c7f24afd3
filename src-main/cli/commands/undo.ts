// `sourcebench undo`: takes back the last highlight or codebook change, from the history stored
// in the project, so it works across runs and alongside the workbench.

import type { Command } from '../command.ts';
import { historyStepOptions, runHistoryStep } from '../history-step.ts';

export const undoCommand: Command = {
  name: 'undo',
  synopsis: 'undo',
  summary: 'Take back the last change to highlights or tags',
  help: `Usage: sourcebench undo [--project FILE] [--json]

Takes back the last change to the project's highlights or tags (made here or
in the workbench) and prints what it was. "sourcebench redo" does it again.
Imports and revisions of a source's text are not undone this way.

  --json  print { "applied", "undoLabel", "redoLabel" }: the step taken and
          what undo and redo would do next (null for nothing)
`,
  options: historyStepOptions,
  run: (args, ctx) => runHistoryStep('undo', args, ctx),
};
