// `sourcebench tags`: the codebook as a tree, each tag with the number of highlights carrying
// it; `--json` prints the contract's flat Tag array (`parentId` gives the tree).

import type { ParseArgsOptionsConfig } from 'node:util';
import type { Tag } from '../../core/codebook/tag-types.ts';
import { exitCode, printFailure, printJson, UsageError, type CliContext } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';
import { formatTable } from '../text-table.ts';

const options = { ...globalOptions } as const satisfies ParseArgsOptionsConfig;

export const tagsCommand: Command = {
  name: 'tags',
  synopsis: 'tags',
  summary: 'Show the codebook: tags as a tree, with highlight counts',
  help: `Usage: sourcebench tags [--project FILE] [--json]

Shows the project's tags as a tree (subtags indented under their parent),
each with the number of highlights carrying the tag itself, and its id.
Tags are created by "sourcebench annotate SOURCE ... --tag NAME".

  --json  print the contract's tags: [{ "id", "parentId", "name", "count", ... }]
`,
  options,
  async run(args, ctx) {
    const { positionals } = parseCommandArgs(args, options);
    if (operands(positionals).length > 0) throw new UsageError(`tags takes no arguments (got "${operands(positionals).join(' ')}")`);
    return withProject(ctx, { mustExist: true }, (core) => {
      const tags = core.call('tags.list', {});
      if (!tags.ok) return printFailure(ctx, tags.error);
      if (ctx.json) printJson(ctx, tags.value);
      else printTree(ctx, tags.value);
      return exitCode.ok;
    });
  },
};

function printTree(ctx: CliContext, tags: readonly Tag[]): void {
  if (tags.length === 0) {
    ctx.io.stdout('No tags yet. Tag a highlight with: sourcebench annotate SOURCE --quote TEXT --tag NAME\n');
    return;
  }
  const table = formatTable(
    [{ header: 'TAG', max: 60, indented: true }, { header: 'HIGHLIGHTS' }, { header: 'ID' }],
    inTreeOrder(tags).map(({ tag, depth }) => [`${'  '.repeat(depth)}${tag.name}`, String(tag.count), tag.id]),
  );
  ctx.io.stdout(`${table}\n${tags.length} ${tags.length === 1 ? 'tag' : 'tags'}\n`);
}

/** Parents before their children, siblings in the core's order (by name). */
function inTreeOrder(tags: readonly Tag[]): { tag: Tag; depth: number }[] {
  const ids = new Set(tags.map((tag) => tag.id));
  const children = new Map<string | null, Tag[]>();
  for (const tag of tags) {
    // A parent missing from the list would hide its subtree; show such a tag at the top instead.
    const parent = tag.parentId !== null && ids.has(tag.parentId) ? tag.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), tag]);
  }
  const ordered: { tag: Tag; depth: number }[] = [];
  const visit = (parent: string | null, depth: number): void => {
    for (const tag of children.get(parent) ?? []) {
      ordered.push({ tag, depth });
      visit(tag.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
