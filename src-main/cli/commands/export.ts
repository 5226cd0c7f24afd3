// `sourcebench export -o FILE.sbundle [--sources ID,ID | --event ID | --tag ID]`: writes the
// project, or a part of it, as an annotated bundle through `bundles.export`.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
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

export const exportCommand: Command = {
  name: 'export',
  synopsis: 'export -o FILE.sbundle',
  summary: 'Write the project, some sources, an event or a tag as a bundle',
  help: `Usage: sourcebench export -o FILE.sbundle [--sources ID,ID | --event ID | --tag ID] [--project FILE] [--json]

Writes an annotated bundle (.sbundle) that another researcher can open as a
project or merge into theirs: sources with their original files and every
revision, highlights, tags, events, links, entities and resolutions.

  -o, --out FILE     where to write the bundle (must not exist yet)
${selectionHelp}
  --json             print { "file", "bytes", "counts" }
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    if (operands(positionals).length > 0) throw new UsageError('export takes no file names; give the bundle with -o FILE.sbundle');
    if (values.out === undefined) throw new UsageError('export needs -o FILE.sbundle');
    const output = path.resolve(values.out);
    if (existsSync(output)) throw new UsageError(`${output} already exists; choose another name`);
    const selection = selectionFromOptions(values, 'export');
    return withProject(ctx, { mustExist: true }, async (core) => {
      const exported = core.call('bundles.export', { selection });
      if (!exported.ok) return printFailure(ctx, exported.error);
      const { unstageFile } = await import('../../core/project/staging.ts');
      unstageFile(core.project, exported.value.file, output);
      const { bytes, counts } = exported.value;
      if (ctx.json) printJson(ctx, { file: output, bytes, counts });
      else ctx.io.stdout(`wrote ${output} (${bytes} bytes: ${counts.sources} sources, ${counts.highlights} highlights, ${counts.events} events)\n`);
      return exitCode.ok;
    });
  },
};
