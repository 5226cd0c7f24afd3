// `sourcebench show ID`: one source as the reader sees it: its metadata, the clean reading
// text, and the lines the importer removed as noise with the reason for each.

import type { ParseArgsOptionsConfig } from 'node:util';
import type { SourceDetail } from '../../core/sources/source-types.ts';
import { exitCode, printFailure, printJson, UsageError, type CliContext } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';
import { truncate } from '../text-table.ts';

const options = { ...globalOptions } as const satisfies ParseArgsOptionsConfig;

export const showCommand: Command = {
  name: 'show',
  synopsis: 'show ID',
  summary: 'Show one source: metadata, clean text and the lines removed as noise',
  help: `Usage: sourcebench show ID [--project FILE] [--json]

Prints the source's metadata, its clean reading text and the lines the
importer removed (with the reason for each). Ids are listed by
"sourcebench sources". --json prints the source exactly as the core returns it.
`,
  options,
  async run(args, ctx) {
    const { positionals } = parseCommandArgs(args, options);
    const ids = operands(positionals);
    if (ids.length !== 1) throw new UsageError(ids.length === 0 ? 'show needs a source id' : 'show takes one source id');
    const id = ids[0] ?? '';
    return withProject(ctx, { mustExist: true }, (core) => {
      const detail = core.call('sources.get', { id });
      if (!detail.ok) return printFailure(ctx, detail.error);
      if (ctx.json) printJson(ctx, detail.value);
      else printDetail(ctx, detail.value);
      return exitCode.ok;
    });
  },
};

function printDetail(ctx: CliContext, source: SourceDetail): void {
  const fields: [string, string | null][] = [
    ['Title', source.title],
    ['Author', source.author],
    ['Publisher', source.publisher],
    ['Published', source.publishedAt],
    ['URL', source.url],
    ['Kind', source.kind],
    ['Language', source.language],
    ['Format', source.fileName ? `${source.format} (${source.fileName})` : source.format],
    ['Imported', source.importedAt],
    ['Revision', `${source.revision.number} (${source.revision.reason})`],
    ['Id', source.id],
  ];
  const metadata = fields.map(([label, value]) => `${`${label}:`.padEnd(11)}${value ?? '—'}`).join('\n');
  const removed =
    source.removedLines.length === 0
      ? 'No lines were removed.'
      : [
          `Removed lines (${source.removedLines.length}):`,
          // Line numbers count from 1 here, as an editor shows them; the contract's are 0-based.
          ...source.removedLines.map((r) => `  line ${r.line + 1} (${r.reason}): ${truncate(r.text, 100)}`),
        ].join('\n');
  const rule = '─'.repeat(60);
  ctx.io.stdout(`${metadata}\n${rule}\n${source.text}\n${rule}\n${removed}\n`);
}
