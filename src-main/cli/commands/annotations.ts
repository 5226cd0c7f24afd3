// `sourcebench annotations [SOURCE]`: the highlights in reading order with their status and
// current offsets, of one source or all, filtered by status or by a tag named in the codebook.

import type { ParseArgsOptionsConfig } from 'node:util';
import type { Highlight } from '../../core/annotations/highlight-types.ts';
import { listHighlightsInput } from '../../core/annotations/list-highlights.ts';
import type { Result } from '../../core/api/errors.ts';
import type { OperationInput } from '../../core/api/operations.ts';
import type { Core } from '../../core/core.ts';
import type { Tag } from '../../core/codebook/tag-types.ts';
import { exitCode, printFailure, printJson, UsageError, type CliContext } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { fetchPages } from '../fetch-pages.ts';
import { highlightPlace, quoted, tagList } from '../format-highlight.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';
import { formatTable, type Column } from '../text-table.ts';

const options = {
  ...globalOptions,
  status: { type: 'string' },
  tag: { type: 'string', multiple: true },
} as const satisfies ParseArgsOptionsConfig;

// Read off the contract's schema so the help never lists a status the core would refuse.
const statuses: readonly string[] = listHighlightsInput.shape.status.unwrap().options;
// The core's default page; larger listings are fetched in pages.
const pageSize = 1000;

type ListInput = OperationInput<'annotations.list'>;

export const annotationsCommand: Command = {
  name: 'annotations',
  synopsis: 'annotations [SOURCE]',
  summary: 'List highlights with their status and offsets',
  help: `Usage: sourcebench annotations [SOURCE] [--status STATUS] [--tag NAME] [--project FILE] [--json]

Lists the highlights of one source (or of every source) in reading order:
offsets into the reading text, status, tags, quote and id. Orphaned highlights,
which no longer have a place in the text, come after the others.

  --status STATUS  only highlights in this status: ${statuses.join(', ')}
  --tag NAME       only highlights carrying this tag (a name, or a tag's id
                   from "sourcebench tags" when several tags share the name)
  --json           print { "rows": [...], "total": n } with the contract's field names
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    const ids = operands(positionals);
    if (ids.length > 1) throw new UsageError('annotations takes at most one source id');
    const tagWanted = values.tag ?? [];
    if (tagWanted.length > 1) throw new UsageError('annotations takes one --tag');
    const sourceId = ids[0];

    return withProject(ctx, { mustExist: true }, (core) => {
      const query: ListInput = {};
      if (sourceId !== undefined) {
        // The listing alone would show a mistyped id as a source without highlights.
        const source = core.call('sources.get', { id: sourceId });
        if (!source.ok) return printFailure(ctx, source.error);
        query.sourceId = sourceId;
      }
      if (values.status !== undefined) query.status = values.status as NonNullable<ListInput['status']>;
      const tagName = tagWanted[0];
      if (tagName !== undefined) {
        const tag = findTag(core, tagName);
        if (!tag.ok) return printFailure(ctx, tag.error);
        query.tagId = tag.value.id;
      }
      const listed = fetchPages(pageSize, Number.POSITIVE_INFINITY, (offset, limit) => core.call('annotations.list', { ...query, offset, limit }));
      if (!listed.ok) return printFailure(ctx, listed.error);
      if (ctx.json) {
        printJson(ctx, listed.value);
        return exitCode.ok;
      }
      const titles = sourceId === undefined ? sourceTitles(core) : null;
      if (titles && !titles.ok) return printFailure(ctx, titles.error);
      const filtered = sourceId !== undefined || values.status !== undefined || tagName !== undefined;
      printTable(ctx, listed.value.rows, titles?.value ?? null, filtered);
      return exitCode.ok;
    });
  },
};

/** The tag a user named: by id, else by name the way `annotate --tag` finds it (ASCII case ignored). */
function findTag(core: Core, given: string): Result<Tag> {
  const listed = core.call('tags.list', {});
  if (!listed.ok) return listed;
  const tags = listed.value;
  const byId = tags.find((tag) => tag.id === given);
  if (byId) return { ok: true, value: byId };
  const name = foldAscii(given.trim());
  const named = tags.filter((tag) => foldAscii(tag.name) === name);
  const [only] = named;
  if (only && named.length === 1) return { ok: true, value: only };
  if (named.length === 0) {
    return { ok: false, error: { code: 'not_found', message: `No tag is named "${given}"; "sourcebench tags" lists the codebook.` } };
  }
  const byIdOf = new Map(tags.map((tag) => [tag.id, tag]));
  const choices = named.map((tag) => `${tag.id} (${tag.parentId === null ? 'top level' : `under ${byIdOf.get(tag.parentId)?.name ?? '?'}`})`);
  return { ok: false, error: { code: 'conflict', message: `${named.length} tags are named "${given}"; give one's id with --tag: ${choices.join(', ')}.` } };
}

// SQLite's NOCASE, which the core matches tag names with, folds only A-Z.
function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

function sourceTitles(core: Core): Result<Map<string, string>> {
  const listed = fetchPages(500, Number.POSITIVE_INFINITY, (offset, limit) => core.call('sources.list', { offset, limit }));
  if (!listed.ok) return listed;
  return { ok: true, value: new Map(listed.value.rows.map((row) => [row.id, row.title])) };
}

function printTable(ctx: CliContext, rows: readonly Highlight[], titles: ReadonlyMap<string, string> | null, filtered: boolean): void {
  if (rows.length === 0) {
    ctx.io.stdout(filtered ? 'No highlights match.\n' : 'No highlights in this project yet. Add one with: sourcebench annotate SOURCE --quote TEXT\n');
    return;
  }
  const columns: Column[] = [
    ...(titles ? [{ header: 'SOURCE', max: 30 }] : []),
    { header: 'AT' },
    { header: 'STATUS' },
    { header: 'TAGS', max: 24 },
    { header: 'QUOTE', max: 62 },
    { header: 'ID' },
  ];
  const cells = rows.map((row) => [
    ...(titles ? [titles.get(row.sourceId) ?? row.sourceId] : []),
    highlightPlace(row),
    row.status,
    tagList(row),
    quoted(row.exact),
    row.id,
  ]);
  ctx.io.stdout(`${formatTable(columns, cells)}\n${rows.length} ${rows.length === 1 ? 'highlight' : 'highlights'}\n`);
}
