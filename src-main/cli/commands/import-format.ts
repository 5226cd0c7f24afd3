// `sourcebench import-format FILE`: W3C Web Annotation JSON-LD or a
// Hypothesis export (.jsonld, .json), or a REFI-QDA project (.qdpx), staged
// and read through `interchange.import`; prints what came in and what was
// skipped, with the reason for each.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import type { OperationOutput } from '../../core/api/operations.ts';
import { exitCode, printFailure, printJson, UsageError, type CliContext } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';

const options = { ...globalOptions } as const satisfies ParseArgsOptionsConfig;
const formatOfExtension: Record<string, 'w3c' | 'qdpx'> = { '.jsonld': 'w3c', '.json': 'w3c', '.qdpx': 'qdpx' };
const listedSkips = 20;

export const importFormatCommand: Command = {
  name: 'import-format',
  synopsis: 'import-format FILE',
  summary: 'Import annotations from W3C JSON-LD, Hypothesis or REFI-QDA (.qdpx)',
  help: `Usage: sourcebench import-format FILE [--project FILE] [--json]

Reads annotations another tool wrote. The format comes from the extension:

  .jsonld, .json  W3C Web Annotations or a Hypothesis export; each annotation
                  is placed on the project source with the same URL (or
                  urn:uuid), by its quote and position
  .qdpx           a REFI-QDA project: text sources, codes (as tags) and codings

Annotations that cannot be placed are listed with the reason. The import is
one step: "sourcebench undo" takes it back whole (sources it created too).
`,
  options,
  async run(args, ctx) {
    const { positionals } = parseCommandArgs(args, options);
    const files = operands(positionals);
    if (files.length !== 1) throw new UsageError('import-format takes one file');
    const file = path.resolve(files[0] ?? '');
    const extension = path.extname(file).toLowerCase();
    const format = formatOfExtension[extension];
    if (format === undefined) throw new UsageError(`cannot tell the format of "${path.basename(file)}"; use .jsonld, .json or .qdpx`);
    if (!existsSync(file)) return printFailure(ctx, { code: 'not_found', message: `No file at ${file}.` });

    return withProject(ctx, { mustExist: format === 'w3c' }, async (core) => {
      const { stageFile } = await import('../../core/project/staging.ts');
      let staged: string;
      try {
        staged = stageFile(core.project, file, extension.slice(1));
      } catch (error) {
        return printFailure(ctx, { code: 'invalid_input', message: `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}` });
      }
      const result = core.call('interchange.import', { file: staged, format });
      if (!result.ok) return printFailure(ctx, result.error);
      if (ctx.json) printJson(ctx, result.value);
      else printSummary(ctx, result.value);
      return exitCode.ok;
    });
  },
};

function printSummary(ctx: CliContext, summary: OperationOutput<'interchange.import'>): void {
  const { imported, alreadyPresent, skipped } = summary;
  const parts = [
    summary.format === 'qdpx' ? `${imported.sources} sources` : null,
    `${imported.highlights} highlights${imported.fuzzy > 0 ? ` (${imported.fuzzy} to review)` : ''}`,
    `${imported.tags} new tags`,
    `${imported.notes} notes`,
    summary.format === 'w3c' ? `${imported.links} event links` : null,
  ].filter((p) => p !== null);
  ctx.io.stdout(`Imported ${parts.join(', ')}.\n`);
  if (alreadyPresent.sources + alreadyPresent.highlights > 0) {
    ctx.io.stdout(`Already in the project: ${alreadyPresent.sources} sources, ${alreadyPresent.highlights} highlights.\n`);
  }
  if (skipped.total > 0) {
    ctx.io.stdout(`Skipped ${skipped.total}:\n`);
    for (const item of skipped.items.slice(0, listedSkips)) ctx.io.stdout(`  ${item.item}: ${item.reason}\n`);
    if (skipped.total > listedSkips) ctx.io.stdout(`  … and ${skipped.total - listedSkips} more (--json lists up to ${skipped.items.length})\n`);
  }
}
