// `sourcebench sources`: the project's library as a table (or the contract's rows as JSON),
// paging through `sources.list` so any number of sources can be listed.

import type { ParseArgsOptionsConfig } from 'node:util';
import type { OperationInput } from '../../core/api/operations.ts';
import { listSourcesInput } from '../../core/sources/list-sources.ts';
import type { SourceSummary } from '../../core/sources/source-types.ts';
import { exitCode, printFailure, printJson, UsageError, type CliContext } from '../cli-context.ts';
import { operands, parseCommandArgs, wholeNumber, type Command } from '../command.ts';
import { fetchPages } from '../fetch-pages.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';
import { formatTable } from '../text-table.ts';

const options = {
  ...globalOptions,
  sort: { type: 'string' },
  asc: { type: 'boolean' },
  desc: { type: 'boolean' },
  limit: { type: 'string' },
} as const satisfies ParseArgsOptionsConfig;

// Read off the contract's schema so the help never lists a field the core would refuse.
const sortFields: readonly string[] = listSourcesInput.shape.sort.unwrap().options;
// The most rows the core returns in one call (its own limit); larger listings are fetched in pages.
const pageSize = 500;

type ListInput = OperationInput<'sources.list'>;

export const sourcesCommand: Command = {
  name: 'sources',
  synopsis: 'sources',
  summary: 'List the sources in the project',
  help: `Usage: sourcebench sources [--sort FIELD] [--asc | --desc] [--limit N] [--project FILE] [--json]

Lists the project's sources: title, publisher, date, kind and id.

  --sort FIELD   one of ${sortFields.join(', ')} (default: importedAt)
  --asc, --desc  sort direction (default: descending)
  --limit N      show at most N sources (default: all)
  --json         print { "rows": [...], "total": n } with the contract's field names
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    if (operands(positionals).length > 0) throw new UsageError(`sources takes no arguments (got "${operands(positionals).join(' ')}")`);
    if (values.asc && values.desc) throw new UsageError('choose one of --asc and --desc');
    const wanted = values.limit === undefined ? Number.POSITIVE_INFINITY : wholeNumber('--limit', values.limit, 1);
    const query: ListInput = {};
    if (values.sort !== undefined) query.sort = values.sort as NonNullable<ListInput['sort']>;
    if (values.asc) query.direction = 'asc';
    if (values.desc) query.direction = 'desc';

    return withProject(ctx, { mustExist: true }, (core) => {
      const listed = fetchPages(pageSize, wanted, (offset, limit) => core.call('sources.list', { ...query, offset, limit }));
      if (!listed.ok) return printFailure(ctx, listed.error);
      const { rows, total } = listed.value;
      if (ctx.json) printJson(ctx, { rows, total });
      else printTable(ctx, rows, total);
      return exitCode.ok;
    });
  },
};

function printTable(ctx: CliContext, rows: readonly SourceSummary[], total: number): void {
  if (total === 0) {
    ctx.io.stdout('No sources in this project yet. Add some with: sourcebench import PATH\n');
    return;
  }
  const table = formatTable(
    [{ header: 'TITLE', max: 60 }, { header: 'PUBLISHER', max: 28 }, { header: 'DATE' }, { header: 'KIND' }, { header: 'ID' }],
    rows.map((row) => [row.title, row.publisher ?? '—', row.publishedAt ?? '—', row.kind ?? '—', row.id]),
  );
  const count = rows.length < total ? `${rows.length} of ${total} sources` : `${total} ${total === 1 ? 'source' : 'sources'}`;
  ctx.io.stdout(`${table}\n${count}\n`);
}
