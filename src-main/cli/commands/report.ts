// `sourcebench report [--event ID | --tag ID | --sources ID,ID] -o report.html`: the standalone HTML
// report of the whole project or a part of it, through `report.export`, saved where the user says.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { stagedPath, unstageFile } from '../../core/project/staging.ts';
import { exitCode, printFailure, printJson, UsageError } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';
import { selectionFromOptions, selectionHelp, selectionOptions } from '../selection-options.ts';

const options = {
  ...globalOptions,
  ...selectionOptions,
  out: { type: 'string', short: 'o' },
} as const satisfies ParseArgsOptionsConfig;

export const reportCommand: Command = {
  name: 'report',
  synopsis: 'report -o FILE.html',
  summary: 'Write a standalone HTML report: sources, highlights, codebook, timeline, comparisons',
  help: `Usage: sourcebench report [--event ID | --tag ID | --sources ID,ID...] -o FILE.html [--project FILE] [--json]

Writes one HTML file that opens in any browser, offline, without Sourcebench:
a cover with the counts and a table of contents, every source with its
reading text and highlights marked, the highlights with their notes, tags,
status and events, the codebook, the timeline, and for each event its accounts
side by side and the discrepancies with your resolutions. The file carries no
script and loads nothing.

Without a choice it covers the whole project.
${selectionHelp}
  -o, --out FILE     where to write the report ("-" prints it)
  --json             print { "file", "bytes", "suggestedName", "path" }
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    if (operands(positionals).length > 0) throw new UsageError('report takes no operands; choose with --event, --tag or --sources');
    const output = values.out;
    if (output === undefined || output.trim() === '') throw new UsageError('report needs -o FILE.html (or -o - to print it)');
    const selection = selectionFromOptions(values, 'report');
    return withProject(ctx, { mustExist: true }, (core) => {
      const exported = core.call('report.export', { selection });
      if (!exported.ok) return printFailure(ctx, exported.error);
      if (output === '-') {
        ctx.io.stdout(readFileSync(stagedPath(core.project, exported.value.file), 'utf8'));
        return exitCode.ok;
      }
      const target = path.resolve(output);
      try {
        unstageFile(core.project, exported.value.file, target);
      } catch (error) {
        return printFailure(ctx, { code: 'internal', message: `Cannot write ${target}: ${error instanceof Error ? error.message : String(error)}` });
      }
      if (ctx.json) printJson(ctx, { ...exported.value, path: target });
      else ctx.io.stdout(`Wrote ${target} (${exported.value.bytes.toLocaleString('en-US')} bytes).\n`);
      return exitCode.ok;
    });
  },
};
