// The `sourcebench` command as a function: arguments in, exit code out, all output through
// `io`, so tests run it in-process and bin.ts only connects it to the real process.

import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { defaultProjectPath } from '../core/project/default-location.ts';
import { exitCode, oneLine, UsageError, type CliContext, type CliIo } from './cli-context.ts';
import { asUsageError, type Command } from './command.ts';
import { alignCommand } from './commands/align.ts';
import { annotateCommand } from './commands/annotate.ts';
import { annotationsCommand } from './commands/annotations.ts';
import { backupsCommand } from './commands/backups.ts';
import { compareCommand } from './commands/compare.ts';
import { eventCommand } from './commands/event.ts';
import { eventsCommand } from './commands/events.ts';
import { exportFormatCommand } from './commands/export-format.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { importFormatCommand } from './commands/import-format.ts';
import { linkCommand } from './commands/link.ts';
import { mergeCommand } from './commands/merge.ts';
import { openBundleCommand } from './commands/open-bundle.ts';
import { redoCommand } from './commands/redo.ts';
import { reportCommand } from './commands/report.ts';
import { restoreCommand } from './commands/restore.ts';
import { reviseCommand } from './commands/revise.ts';
import { saveCopyCommand } from './commands/save-copy.ts';
import { searchCommand } from './commands/search.ts';
import { serveCommand } from './commands/serve.ts';
import { showCommand } from './commands/show.ts';
import { sourcesCommand } from './commands/sources.ts';
import { tagsCommand } from './commands/tags.ts';
import { undoCommand } from './commands/undo.ts';
import { globalOptions } from './global-options.ts';
import { usageHint, usageText, versionText } from './usage.ts';

export type { CliIo } from './cli-context.ts';

const commands: readonly Command[] = [
  importCommand,
  sourcesCommand,
  showCommand,
  reviseCommand,
  annotateCommand,
  annotationsCommand,
  tagsCommand,
  searchCommand,
  eventsCommand,
  eventCommand,
  linkCommand,
  compareCommand,
  alignCommand,
  undoCommand,
  redoCommand,
  serveCommand,
  exportCommand,
  mergeCommand,
  openBundleCommand,
  exportFormatCommand,
  importFormatCommand,
  reportCommand,
  saveCopyCommand,
  backupsCommand,
  restoreCommand,
];

// Every option of every command, only to find the command's name among the arguments (an
// option's value must not be taken for it); each command then checks its own options.
const anyOption: ParseArgsOptionsConfig = Object.assign({}, globalOptions, ...commands.map((c) => c.options));

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`sourcebench: ${error.message}\n${usageHint()}\n`);
      return exitCode.usage;
    }
    // A bug in the CLI itself: still one line, still an exit code, never a stack trace on screen.
    io.stderr(`sourcebench: unexpected error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return exitCode.failure;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseAnyCommand(argv);
  const defaultProject = defaultProjectPath(io.env);
  if (values['version'] === true) {
    io.stdout(`${versionText()}\n`);
    return exitCode.ok;
  }
  const name = positionals[0];
  if (name === undefined) {
    if (values['help'] === true) {
      io.stdout(usageText(commands, defaultProject));
      return exitCode.ok;
    }
    io.stderr(usageText(commands, defaultProject));
    return exitCode.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command "${name}"; the commands are ${commands.map((c) => c.name).join(', ')}`);
  if (values['help'] === true) {
    io.stdout(command.help);
    return exitCode.ok;
  }
  const project = values['project'];
  const ctx: CliContext = {
    io,
    projectPath: typeof project === 'string' ? path.resolve(project) : defaultProject,
    json: values['json'] === true,
  };
  return command.run(argv, ctx);
}

function parseAnyCommand(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: anyOption, allowPositionals: true, strict: true });
  } catch (error) {
    throw asUsageError(error);
  }
}
