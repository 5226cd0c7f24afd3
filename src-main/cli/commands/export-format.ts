// `sourcebench export-format FORMAT --out FILE`: the whole project, some sources, one
// event or one tag, written through `interchange.export` in a format other
// research tools read; the staged file is then moved to FILE.

import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import type { OperationInput } from '../../core/api/operations.ts';
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

// The command line's names for the core's formats; a format the core does not know fails to compile.
const formatNames = {
  jsonld: 'w3c',
  qdpx: 'qdpx',
  csv: 'csv',
  markdown: 'markdown',
  timeline: 'timelinejs',
  csl: 'csl',
} as const satisfies Record<string, OperationInput<'interchange.export'>['format']>;
const formats = Object.keys(formatNames) as (keyof typeof formatNames)[];

export const exportFormatCommand: Command = {
  name: 'export-format',
  synopsis: 'export-format FORMAT --out FILE',
  summary: 'Export highlights, sources or events for other research tools',
  help: `Usage: sourcebench export-format FORMAT --out FILE [--sources ID,ID | --event ID | --tag ID] [--project FILE] [--json]

Writes the whole project, or a selection of it, in a format other tools read:

  jsonld      W3C Web Annotation JSON-LD (Hypothesis and annotation tools)
  qdpx        REFI-QDA project exchange (NVivo, ATLAS.ti, MAXQDA, QualCoder)
  csv         highlights as a spreadsheet
  markdown    a readable report of sources, highlights and events
  timeline    events for a TimelineJS timeline
  csl         source metadata as CSL-JSON (Zotero, Pandoc)

  -o, --out FILE     where to write (an existing file is replaced)
${selectionHelp}
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    const given = operands(positionals);
    if (given.length !== 1) throw new UsageError(`export-format takes one format: ${formats.join(', ')}`);
    const name = given[0] as keyof typeof formatNames;
    if (!formats.includes(name)) throw new UsageError(`unknown format "${given[0]}"; the formats are ${formats.join(', ')}`);
    if (values.out === undefined || values.out.trim() === '') throw new UsageError('export-format needs --out FILE');
    const output = path.resolve(values.out);
    const format = formatNames[name];
    const selection = selectionFromOptions(values, 'export-format');

    return withProject(ctx, { mustExist: true }, async (core) => {
      const result = core.call('interchange.export', { format, selection });
      if (!result.ok) return printFailure(ctx, result.error);
      const { unstageFile } = await import('../../core/project/staging.ts');
      try {
        unstageFile(core.project, result.value.file, output);
      } catch (error) {
        return printFailure(ctx, { code: 'internal', message: `Cannot write ${output}: ${error instanceof Error ? error.message : String(error)}` });
      }
      const { file: _staged, ...report } = result.value;
      if (ctx.json) printJson(ctx, { path: output, ...report });
      else {
        const records = Object.entries(report.counts.records).map(([kind, n]) => `${n} ${kind}`).join(', ');
        ctx.io.stdout(`Wrote ${output} (${report.bytes.toLocaleString('en')} bytes): ${records}\n`);
      }
      return exitCode.ok;
    });
  },
};
