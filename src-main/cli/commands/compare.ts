// `sourcebench compare --event EVENT`: an event's accounts compared, source by source with the linked
// passages and the claims read from them, then the discrepancies (with any resolution) and a tally.

import type { ParseArgsOptionsConfig } from 'node:util';
import type { EventComparison } from '../../core/compare/compare-event.ts';
import { exitCode, printFailure, printJson, UsageError, type CliContext } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { highlightPlace, quoted } from '../format-highlight.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';

const options = {
  ...globalOptions,
  event: { type: 'string' },
} as const satisfies ParseArgsOptionsConfig;

export const compareCommand: Command = {
  name: 'compare',
  synopsis: 'compare --event EVENT',
  summary: 'Compare the accounts of an event: passages per source, discrepancies',
  help: `Usage: sourcebench compare --event EVENT [--project FILE] [--json]

Compares the passages linked to an event: for each source (publisher, date,
kind) its passages in reading order with the claims read from them (counts,
dates, actors, places), then the discrepancies between the accounts: what is
claimed, which source says what, quoted, and any resolution on file.

  --event EVENT  the event's id
  --json         print compare.event's answer: { "event", "columns",
                 "discrepancies", "agreements", "onlyIn" }
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    if (operands(positionals).length > 0) throw new UsageError('compare takes no operands; name the event with --event EVENT');
    const eventId = values.event;
    if (eventId === undefined || eventId.trim() === '') throw new UsageError('compare needs --event EVENT');
    return withProject(ctx, { mustExist: true }, (core) => {
      const compared = core.call('compare.event', { eventId });
      if (!compared.ok) return printFailure(ctx, compared.error);
      if (ctx.json) printJson(ctx, compared.value);
      else ctx.io.stdout(formatComparison(compared.value));
      return exitCode.ok;
    });
  },
};

export function formatComparison(comparison: EventComparison): string {
  const { event, columns, discrepancies, agreements, onlyIn } = comparison;
  const names = new Map(columns.map((c) => [c.source.id, c.source.publisher ?? c.source.title]));
  const out: string[] = [`Event: ${event.title}${event.date.start !== null ? ` (${event.date.start})` : ''}  ${event.id}`, ''];
  if (columns.length === 0) out.push('No passages are linked to this event yet. Link some with the events commands.', '');
  for (const column of columns) {
    const { source } = column;
    const about = [source.publisher, source.publishedAt, source.kind].filter((s) => s !== null && s !== '').join(', ');
    out.push(`== ${source.title}${about !== '' ? ` (${about})` : ''}  ${source.id}`);
    for (const passage of column.passages) {
      out.push(`  [${passage.stance}] ${highlightPlace(passage)}  ${quoted(passage.exact, 90)}`);
      const claims = passage.claims.map((c) => `${c.label}: ${c.display}${c.excluded !== null ? ` (not compared: ${c.excluded})` : ''}`);
      if (claims.length > 0) out.push(`      claims: ${claims.join('; ')}`);
    }
    out.push('');
  }
  out.push(discrepancies.length === 0 ? 'No discrepancies.' : `Discrepancies (${discrepancies.length}):`);
  for (const d of discrepancies) {
    out.push(`  ${d.label} (${d.kind})  key ${d.key}`);
    for (const s of d.sources) {
      out.push(`    ${names.get(s.sourceId) ?? s.sourceTitle}: ${s.claims.map((c) => c.display).join(', ')}  ${quoted(s.claims[0]?.quote ?? '', 80)}`);
    }
    const r = d.resolution;
    if (r === null) out.push('    open');
    else {
      const trusted = r.trustedSourceId === null ? 'resolved' : `resolved, trusting ${names.get(r.trustedSourceId) ?? r.trustedSourceId}`;
      out.push(`    ${trusted}${r.note !== '' ? `: ${r.note}` : ''}${r.stale ? ' (stale: the claims changed since)' : ''}`);
    }
  }
  out.push('', `${agreements.length} ${agreements.length === 1 ? 'claim agrees' : 'claims agree'}; ${onlyIn.length} only in one source.`);
  return `${out.join('\n')}\n`;
}
