// `sourcebench event create`: adds an event to the timeline with its date (and precision), place and
// actors (names found in, or added to, the entity list); `event show ID` prints one with its passages.

import type { ParseArgsOptionsConfig } from 'node:util';
import type { OperationInput } from '../../core/api/operations.ts';
import { datePrecisions, type DatePrecision, type EventDetail } from '../../core/events/event-types.ts';
import { exitCode, printFailure, printJson, UsageError, type CliContext } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';
import { truncate } from '../text-table.ts';
import { formatEventDate } from '../../core/events/event-date-words.ts';

const options = {
  ...globalOptions,
  title: { type: 'string' },
  date: { type: 'string' },
  end: { type: 'string' },
  precision: { type: 'string' },
  place: { type: 'string' },
  description: { type: 'string' },
  actor: { type: 'string', multiple: true },
} as const satisfies ParseArgsOptionsConfig;

const isoDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

export const eventCommand: Command = {
  name: 'event',
  synopsis: 'event create|show',
  summary: 'Add an event to the timeline, or show one with its passages',
  help: `Usage: sourcebench event create --title TITLE [--date DATE] [--end DATE]
                 [--precision P] [--place PLACE] [--description TEXT]
                 [--actor NAME]... [--project FILE] [--json]
       sourcebench event show EVENT [--project FILE] [--json]

"create" adds an event and prints its id; "show" prints one event with the
passages linked to it, by source.

  --title TITLE      what happened (required)
  --date DATE        when: YYYY, YYYY-MM or YYYY-MM-DD
  --end DATE         the end of a date range (same forms)
  --precision P      how well the date is known: ${datePrecisions.join(', ')}
                     (default: from the date's form, e.g. 2020-03 is "month")
  --place PLACE      where
  --description TEXT a longer description
  --actor NAME       a person or organisation involved (repeatable); a name
                     the entity list does not know is added to it
  --json             print the event with the contract's field names

"sourcebench undo" takes a new event away again.
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    const [action, ...rest] = operands(positionals);
    if (action === 'show') {
      if (rest.length !== 1) throw new UsageError(rest.length === 0 ? 'event show needs an event id' : 'event show takes one event id');
      return showEvent(ctx, rest[0] ?? '');
    }
    if (action !== 'create') throw new UsageError(action === undefined ? 'event needs an action: create or show' : `unknown action "${action}"; the actions are create, show`);
    if (rest.length > 0) throw new UsageError(`event create takes no arguments (got "${rest.join(' ')}"); put the title in --title`);
    const input = createInput(values);
    return withProject(ctx, { mustExist: true }, (core) => {
      const created = core.call('events.create', input);
      if (!created.ok) return printFailure(ctx, created.error);
      if (ctx.json) printJson(ctx, created.value);
      else ctx.io.stdout(`created  ${created.value.id}  ${formatEventDate(created.value.date)}  ${truncate(created.value.title, 80)}\n`);
      return exitCode.ok;
    });
  },
};

interface CreateOptions {
  title?: string | undefined;
  date?: string | undefined;
  end?: string | undefined;
  precision?: string | undefined;
  place?: string | undefined;
  description?: string | undefined;
  actor?: string[] | undefined;
}

function createInput(values: CreateOptions): OperationInput<'events.create'> {
  const title = values.title?.trim() ?? '';
  if (title === '') throw new UsageError('event create needs --title TITLE');
  for (const [option, value] of [['--date', values.date], ['--end', values.end]] as const) {
    if (value !== undefined && !isoDate.test(value)) throw new UsageError(`${option} needs a date as YYYY, YYYY-MM or YYYY-MM-DD (got "${value}")`);
  }
  if (values.end !== undefined && values.date === undefined) throw new UsageError('--end goes with --date');
  if (values.precision !== undefined && !isPrecision(values.precision)) {
    throw new UsageError(`--precision is one of ${datePrecisions.join(', ')} (got "${values.precision}")`);
  }
  const precision: DatePrecision = values.precision !== undefined && isPrecision(values.precision) ? values.precision : 'unknown';
  return {
    title,
    date: { start: values.date ?? null, end: values.end ?? null, precision },
    ...(values.place === undefined ? {} : { place: values.place }),
    ...(values.description === undefined ? {} : { description: values.description }),
    ...(values.actor === undefined ? {} : { actorNames: values.actor }),
  };
}

function isPrecision(text: string): text is DatePrecision {
  return (datePrecisions as readonly string[]).includes(text);
}

async function showEvent(ctx: CliContext, id: string): Promise<number> {
  return withProject(ctx, { mustExist: true }, (core) => {
    const event = core.call('events.get', { id });
    if (!event.ok) return printFailure(ctx, event.error);
    if (ctx.json) printJson(ctx, event.value);
    else printEvent(ctx, event.value);
    return exitCode.ok;
  });
}

function printEvent(ctx: CliContext, event: EventDetail): void {
  const lines = [`${event.title}`, `date: ${formatEventDate(event.date)}`];
  if (event.place !== '') lines.push(`place: ${event.place}`);
  if (event.actors.length > 0) lines.push(`actors: ${event.actors.map((a) => a.name).join(', ')}`);
  if (event.description !== '') lines.push(`description: ${truncate(event.description, 200)}`);
  lines.push(`id: ${event.id}`);
  let source = '';
  for (const passage of event.passages) {
    if (passage.sourceId !== source) {
      source = passage.sourceId;
      lines.push('', `${passage.sourceTitle} (${passage.sourceId})`);
    }
    lines.push(`  ${passage.stance.padEnd(8)}  "${truncate(passage.exact, 80)}"  ${passage.highlightId}`);
  }
  if (event.passages.length === 0) lines.push('', 'No passages linked yet. Link one with: sourcebench link HIGHLIGHT EVENT --stance reports');
  ctx.io.stdout(`${lines.join('\n')}\n`);
}
