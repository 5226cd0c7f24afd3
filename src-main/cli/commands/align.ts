// `sourcebench align SOURCE_A SOURCE_B`: two sources aligned passage by passage, best pairs with their
// similarity score, in the first source's order, and how many sentences of each found no partner.

import type { ParseArgsOptionsConfig } from 'node:util';
import type { SourceAlignment } from '../../core/compare/align-sources.ts';
import { exitCode, printFailure, printJson, UsageError } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { quoted } from '../format-highlight.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';
import { formatTable } from '../text-table.ts';

const options = {
  ...globalOptions,
  threshold: { type: 'string' },
} as const satisfies ParseArgsOptionsConfig;

export const alignCommand: Command = {
  name: 'align',
  synopsis: 'align SOURCE_A SOURCE_B',
  summary: 'Align two sources passage by passage, with scores',
  help: `Usage: sourcebench align SOURCE_A SOURCE_B [--threshold N] [--project FILE] [--json]

Pairs the passages of two sources that say the same thing, in SOURCE_A's
order, with a similarity score from 0 to 1 and the offsets of each passage.

  --threshold N  leave out pairs scoring below N (0 to 1; default: the core's)
  --json         print compare.align's answer: { "sourceA", "sourceB", "pairs"
                 (each with "a", "b", "score" and the word "diff"),
                 "paragraphs", "unmatched" }
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    const ids = operands(positionals);
    const [sourceIdA, sourceIdB] = ids;
    if (sourceIdA === undefined || sourceIdB === undefined || ids.length > 2) throw new UsageError('align takes two source ids: align SOURCE_A SOURCE_B');
    let threshold: number | undefined;
    if (values.threshold !== undefined) {
      threshold = Number(values.threshold);
      if (!/^\d*\.?\d+$/.test(values.threshold) || threshold > 1) throw new UsageError(`--threshold needs a number from 0 to 1 (got "${values.threshold}")`);
    }
    return withProject(ctx, { mustExist: true }, (core) => {
      const aligned = core.call('compare.align', threshold === undefined ? { sourceIdA, sourceIdB } : { sourceIdA, sourceIdB, threshold });
      if (!aligned.ok) return printFailure(ctx, aligned.error);
      if (ctx.json) printJson(ctx, aligned.value);
      else ctx.io.stdout(formatAlignment(aligned.value));
      return exitCode.ok;
    });
  },
};

export function formatAlignment(alignment: SourceAlignment): string {
  const { sourceA, sourceB, pairs, unmatched } = alignment;
  const head = `A: ${sourceA.title}  ${sourceA.id}\nB: ${sourceB.title}  ${sourceB.id}\n\n`;
  const tally = `${pairs.length} aligned ${pairs.length === 1 ? 'pair' : 'pairs'}; unmatched sentences: ${unmatched.a} in A, ${unmatched.b} in B\n`;
  if (pairs.length === 0) return `${head}No passages of the two sources say the same thing.\n${tally}`;
  const sorted = [...pairs].sort((x, y) => x.a.start - y.a.start);
  const rows = sorted.map((p) => [p.score.toFixed(2), `${p.a.start}..${p.a.end}`, quoted(p.a.text, 50), `${p.b.start}..${p.b.end}`, quoted(p.b.text, 50)]);
  const table = formatTable([{ header: 'SCORE' }, { header: 'A AT' }, { header: 'A', max: 52 }, { header: 'B AT' }, { header: 'B' }], rows);
  return `${head}${table}\n${tally}`;
}
