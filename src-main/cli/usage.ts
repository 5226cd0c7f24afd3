// The top-level help: what `sourcebench --help` prints, and the version read from package.json
// so the CLI and the desktop app always report the same number.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { appRoot } from '../core/project/app-root.ts';
import type { Command } from './command.ts';

export function usageText(commands: readonly Command[], defaultProject: string): string {
  const width = Math.max(...commands.map((c) => c.synopsis.length)) + 2;
  const lines = commands.map((c) => `  ${c.synopsis.padEnd(width)}${c.summary}`);
  return `Usage: sourcebench [--project FILE] [--json] COMMAND [options]

Sourcebench is an offline research workbench: import sources, read them,
highlight passages and compare how accounts disagree.

Commands:
${lines.join('\n')}

Options for every command:
  --project FILE  the project file (default: ${defaultProject};
                  SOURCEBENCH_HOME changes the folder)
  --json          print JSON for scripts instead of text
  --help, -h      show this help, or a command's: sourcebench import --help
  --version       show the version

Exit codes: 0 done, 1 something failed, 2 the command was mistyped.
`;
}

export function usageHint(): string {
  return 'Run "sourcebench --help" for usage.';
}

export function versionText(): string {
  const manifest = JSON.parse(readFileSync(path.join(appRoot(), 'package.json'), 'utf8')) as { version?: unknown };
  return `sourcebench ${typeof manifest.version === 'string' ? manifest.version : 'unknown'}`;
}
