// `sourcebench undo`: takes back the last highlight or codebook change, from the history stored
// in the project, so it works across runs and alongside the workbench.

import type { Command } from '../command.ts';
import { historyStepOptions, runHistoryStep } from '../history-step.ts';

export const undoCommand: Command = {
  name: 'undo',
  synopsis: 'undo',
  summary: 'Take back the last change to highlights, tags, events or sources',
  help: `Usage: sourcebench undo [--project FILE] [--json]

Takes back the last change to the project's highlights, tags or events, or
the deletion of a source or an import of annotations (made here or in the
workbench), and prints what it was. "sourcebench redo" does it again.
Imports of single files and revisions of a source's text are not undone this way.

  --json  print { "applied", "undoLabel", "redoLabel" }: the step taken and
          what undo and redo would do next (null for nothing)

A step that can no longer apply (what it refers to was removed or replaced
since) is taken off the history with a message, changing nothing (exit 1).
`,
  options: historyStepOptions,
  run: (args, ctx) => runHistoryStep('undo', args, ctx),
};
