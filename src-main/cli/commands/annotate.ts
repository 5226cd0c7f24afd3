// `sourcebench annotate SOURCE`: highlights a passage, chosen by offsets into the reading text or
// by quoting it, through the core's `annotations.create` (named tags are created as needed).

import type { ParseArgsOptionsConfig } from 'node:util';
import { highlightColors, type Highlight } from '../../core/annotations/highlight-types.ts';
import type { OperationInput } from '../../core/api/operations.ts';
import { exitCode, printFailure, printJson, UsageError, type CliContext } from '../cli-context.ts';
import { operands, parseCommandArgs, wholeNumber, type Command } from '../command.ts';
import { highlightPlace, quoted, tagList } from '../format-highlight.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';
import { truncate } from '../text-table.ts';

const options = {
  ...globalOptions,
  start: { type: 'string' },
  end: { type: 'string' },
  quote: { type: 'string' },
  prefix: { type: 'string' },
  suffix: { type: 'string' },
  note: { type: 'string' },
  tag: { type: 'string', multiple: true },
  color: { type: 'string' },
} as const satisfies ParseArgsOptionsConfig;

type CreateInput = OperationInput<'annotations.create'>;

export const annotateCommand: Command = {
  name: 'annotate',
  synopsis: 'annotate SOURCE',
  summary: 'Highlight a passage of a source, by offsets or by quoting it',
  help: `Usage: sourcebench annotate SOURCE --start N --end N [options]
       sourcebench annotate SOURCE --quote TEXT [--prefix TEXT] [--suffix TEXT] [options]
Options: [--note TEXT] [--tag NAME]... [--color COLOR] [--project FILE] [--json]

Highlights a passage of the source's reading text (the text "sourcebench show
SOURCE" prints) and prints the new highlight's id, offsets and quote.

  --start N --end N  the passage by offsets into the reading text: characters
                     (UTF-16 code units) counted from 0, --end exclusive
  --quote TEXT       the passage by its exact words; when they appear more than
                     once, --prefix TEXT and --suffix TEXT (the text just
                     before and just after them) say which
  --note TEXT        a note on the highlight
  --tag NAME         tag it (repeatable); a tag that does not exist is created
  --color COLOR      one of ${highlightColors.join(', ')}
                     (default: yellow)
  --json             print the new highlight with the contract's field names

"sourcebench undo" takes the highlight away again.
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    const ids = operands(positionals);
    if (ids.length !== 1) throw new UsageError(ids.length === 0 ? 'annotate needs a source id' : 'annotate takes one source id');
    const input: CreateInput = { sourceId: ids[0] ?? '', target: parseTarget(values) };
    if (values.note !== undefined) input.note = values.note;
    if (values.tag !== undefined) input.tagNames = values.tag;
    if (values.color !== undefined) input.color = values.color as NonNullable<CreateInput['color']>;

    return withProject(ctx, { mustExist: true }, (core) => {
      const created = core.call('annotations.create', input);
      if (!created.ok) return printFailure(ctx, created.error);
      if (ctx.json) printJson(ctx, created.value);
      else printCreated(ctx, created.value);
      return exitCode.ok;
    });
  },
};

interface TargetOptions {
  start?: string | undefined;
  end?: string | undefined;
  quote?: string | undefined;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

function parseTarget(values: TargetOptions): CreateInput['target'] {
  const byOffsets = values.start !== undefined || values.end !== undefined;
  const byQuote = values.quote !== undefined;
  if (byOffsets && byQuote) throw new UsageError('choose the passage either by --start and --end or by --quote, not both');
  if (!byQuote && (values.prefix !== undefined || values.suffix !== undefined)) throw new UsageError('--prefix and --suffix go with --quote');
  if (byQuote) {
    const exact = values.quote ?? '';
    if (exact === '') throw new UsageError('--quote needs the words to highlight');
    return {
      exact,
      ...(values.prefix === undefined ? {} : { prefix: values.prefix }),
      ...(values.suffix === undefined ? {} : { suffix: values.suffix }),
    };
  }
  if (values.start === undefined || values.end === undefined) {
    throw new UsageError(byOffsets ? '--start and --end go together' : 'annotate needs the passage: --start N --end N, or --quote TEXT');
  }
  const start = wholeNumber('--start', values.start);
  const end = wholeNumber('--end', values.end);
  if (end <= start) throw new UsageError(`--end must be after --start (got --start ${start} --end ${end})`);
  return { start, end };
}

function printCreated(ctx: CliContext, highlight: Highlight): void {
  const lines = [`highlighted  ${highlight.id}  ${highlightPlace(highlight)}  ${quoted(highlight.exact, 80)}`];
  if (highlight.tags.length > 0) lines.push(`tags: ${tagList(highlight)}`);
  if (highlight.note !== '') lines.push(`note: ${truncate(highlight.note, 100)}`);
  ctx.io.stdout(`${lines.join('\n')}\n`);
}
