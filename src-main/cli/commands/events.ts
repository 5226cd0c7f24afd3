// `sourcebench events`: the timeline, events in chronological order with their date (at its precision),
// place, actors and how many sources and passages report or dispute each; `--json` prints the contract's page.

import type { ParseArgsOptionsConfig } from 'node:util';
import type { EventSummary } from '../../core/events/event-types.ts';
import { exitCode, printFailure, printJson, UsageError, type CliContext } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';
import { formatTable } from '../text-table.ts';
import { formatEventDate } from '../../core/events/event-date-words.ts';

const options = { ...globalOptions, query: { type: 'string' } } as const satisfies ParseArgsOptionsConfig;

export const eventsCommand: Command = {
  name: 'events',
  synopsis: 'events',
  summary: 'Show the timeline: events in date order, with source and passage counts',
  help: `Usage: sourcebench events [--query WORDS] [--project FILE] [--json]

Lists the project's events in timeline order (undated events last), each with
its date at the precision it is known ("Mar 2020", "c. 2019", "before 3 Jan
2020"), place, actors, and how many sources and passages report or dispute it.
Events are made by "sourcebench event create"; passages are tied to them by
"sourcebench link HIGHLIGHT EVENT --stance STANCE".

  --query WORDS  only events whose title, description or place contain WORDS
  --json         print the contract's page: { "rows": [{ "id", "title", "date",
                 "place", "actors", "counts", ... }], "total" }
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    if (operands(positionals).length > 0) throw new UsageError(`events takes no arguments (got "${operands(positionals).join(' ')}")`);
    return withProject(ctx, { mustExist: true }, (core) => {
      const page = core.call('events.list', values.query === undefined ? {} : { query: values.query });
      if (!page.ok) return printFailure(ctx, page.error);
      if (ctx.json) printJson(ctx, page.value);
      else printTimeline(ctx, page.value.rows, page.value.total);
      return exitCode.ok;
    });
  },
};

function printTimeline(ctx: CliContext, events: readonly EventSummary[], total: number): void {
  if (events.length === 0) {
    ctx.io.stdout('No events yet. Add one with: sourcebench event create --title TITLE [--date YYYY-MM-DD]\n');
    return;
  }
  const table = formatTable(
    [{ header: 'DATE', max: 28 }, { header: 'TITLE', max: 50 }, { header: 'PLACE', max: 24 }, { header: 'ACTORS', max: 30 }, { header: 'SOURCES' }, { header: 'PASSAGES' }, { header: 'ID' }],
    events.map((event) => [
      formatEventDate(event.date),
      event.title,
      event.place || '-',
      event.actors.map((a) => a.name).join(', ') || '-',
      sourceCell(event),
      passageCell(event),
      event.id,
    ]),
  );
  ctx.io.stdout(`${table}\n${total} ${total === 1 ? 'event' : 'events'}\n`);
}

/** "2 (1 disputes)": distinct sources, with how many of them dispute the event when any do. */
function sourceCell(event: EventSummary): string {
  const { sources, sourcesDisputing } = event.counts;
  return sourcesDisputing > 0 ? `${sources} (${sourcesDisputing} dispute)` : String(sources);
}

function passageCell(event: EventSummary): string {
  const { passages, disputes } = event.counts;
  return disputes > 0 ? `${passages} (${disputes} dispute)` : String(passages);
}

