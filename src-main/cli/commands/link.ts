// `sourcebench link HIGHLIGHT EVENT --stance S`: ties a highlighted passage to an event as reporting,
// disputing or giving context to it (linking again changes the stance), through `events.link`.

import type { ParseArgsOptionsConfig } from 'node:util';
import { stances, type Stance } from '../../core/events/event-types.ts';
import { exitCode, printFailure, printJson, UsageError } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';
import { truncate } from '../text-table.ts';

const options = { ...globalOptions, stance: { type: 'string' } } as const satisfies ParseArgsOptionsConfig;

export const linkCommand: Command = {
  name: 'link',
  synopsis: 'link HIGHLIGHT EVENT',
  summary: 'Tie a highlighted passage to an event: reports, disputes or context',
  help: `Usage: sourcebench link HIGHLIGHT EVENT --stance STANCE [--project FILE] [--json]

Links the highlight (an id from "sourcebench annotations") to the event (an id
from "sourcebench events"). Linking a passage that is already linked changes
its stance.

  --stance STANCE  ${stances.join(', ')}: the passage reports the event,
                   disputes it, or gives context
  --json           print the link: { "id", "highlightId", "eventId", "stance", ... }

"sourcebench undo" takes the link away again.
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    const ids = operands(positionals);
    if (ids.length !== 2) throw new UsageError('link needs a highlight id and an event id');
    if (values.stance === undefined) throw new UsageError(`link needs --stance: ${stances.join(', ')}`);
    const stance = values.stance;
    if (!isStance(stance)) throw new UsageError(`--stance is one of ${stances.join(', ')} (got "${stance}")`);
    const [highlightId = '', eventId = ''] = ids;
    return withProject(ctx, { mustExist: true }, (core) => {
      const linked = core.call('events.link', { highlightId, eventId, stance });
      if (!linked.ok) return printFailure(ctx, linked.error);
      if (ctx.json) {
        printJson(ctx, linked.value);
        return exitCode.ok;
      }
      const event = core.call('events.get', { id: eventId });
      const title = event.ok ? ` "${truncate(event.value.title, 60)}"` : '';
      ctx.io.stdout(`linked  ${highlightId}  ${stance}  ${eventId}${title}\n`);
      return exitCode.ok;
    });
  },
};

function isStance(text: string): text is Stance {
  return (stances as readonly string[]).includes(text);
}
