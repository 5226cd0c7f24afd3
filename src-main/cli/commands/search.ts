// `sourcebench search QUERY`: the search box on the command line: results grouped by kind,
// ranked, each with its snippet (matched words in [brackets]) and where it opens.

import type { ParseArgsOptionsConfig } from 'node:util';
import type { OperationInput } from '../../core/api/operations.ts';
import type { SearchGroup, SearchKind, SearchResult } from '../../core/search/search-types.ts';
import type { SnippetPart } from '../../core/search/snippet.ts';
import { exitCode, printFailure, printJson, UsageError, type CliContext } from '../cli-context.ts';
import { operands, parseCommandArgs, wholeNumber, type Command } from '../command.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';
import { MAX_SEARCH_RESULTS } from '../../core/limits.ts';

const options = {
  ...globalOptions,
  kind: { type: 'string', multiple: true },
  limit: { type: 'string' },
} as const satisfies ParseArgsOptionsConfig;

// The same list as the core's (search-types.ts), kept here so --help loads no core code.
const kinds: readonly SearchKind[] = ['sources', 'highlights', 'notes', 'events'];
const kindLabels: Record<SearchKind, string> = { sources: 'Sources', highlights: 'Highlights', notes: 'Notes', events: 'Events' };
const maxLimit = MAX_SEARCH_RESULTS;

export const searchCommand: Command = {
  name: 'search',
  synopsis: 'search QUERY',
  summary: 'Search sources, highlights, notes and events',
  help: `Usage: sourcebench search QUERY [--kind KIND]... [--limit N] [--project FILE] [--json]

Searches source titles and text, highlight quotes, notes and event titles, and
prints the best results of each kind with a snippet; matched words are shown
in [brackets]. Quote the whole query for your shell.

  "a phrase"        words next to each other, in this order
  embass*           words starting with "embass"
  a AND b, a OR b   both words, either word (AND is implied between words)
  a NOT b           "a" without "b"
  a NEAR b, NEAR/5  both words within 10 (or 5) words of each other
  ( ... )           grouping

  --kind KIND  only this kind of result: ${kinds.join(', ')} (repeatable)
  --limit N    results per kind, 1 to ${maxLimit} (default 20)
  --json       print { "groups": [...], "tookMs": n } with the contract's field names
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    const words = operands(positionals);
    if (words.length === 0) throw new UsageError('search needs a QUERY, e.g. sourcebench search "embassy closure"');
    const input: OperationInput<'search.query'> = { query: words.join(' ') };
    if (values.kind !== undefined) input.kinds = [...new Set(values.kind.map(parseKind))];
    if (values.limit !== undefined) input.limit = Math.min(wholeNumber('--limit', values.limit, 1), maxLimit);

    return withProject(ctx, { mustExist: true }, (core) => {
      const found = core.call('search.query', input);
      if (!found.ok) return printFailure(ctx, found.error);
      if (ctx.json) printJson(ctx, found.value);
      else printGroups(ctx, found.value.groups);
      return exitCode.ok;
    });
  },
};

function parseKind(given: string): SearchKind {
  const kind = kinds.find((k) => k === given.trim().toLowerCase());
  if (kind === undefined) throw new UsageError(`--kind is one of ${kinds.join(', ')} (got "${given}")`);
  return kind;
}

function printGroups(ctx: CliContext, groups: readonly SearchGroup[]): void {
  const shown = groups.filter((group) => group.results.length > 0);
  if (shown.length === 0) {
    ctx.io.stdout('Nothing matches.\n');
    return;
  }
  const blocks = shown.map((group) => {
    const count = `${group.total.toLocaleString('en')}${group.totalExact ? '' : '+'}`;
    const more = group.results.length < group.total ? `, showing ${group.results.length}` : '';
    return [`${kindLabels[group.kind]} (${count}${more})`, ...group.results.map((result) => resultLines(group.kind, result))].join('\n');
  });
  ctx.io.stdout(`${blocks.join('\n\n')}\n`);
}

function resultLines(kind: SearchKind, result: SearchResult): string {
  const place = result.offset === undefined ? '' : ` @${result.offset}`;
  const head = kind === 'sources' || kind === 'events' ? `${result.title}  ${result.id}${place}` : `${result.title}  ${result.id} in ${result.sourceId ?? '?'}${place}`;
  const snippet = marked(result.snippet);
  return snippet === '' || (kind === 'events' && snippet === result.title) ? `  ${head}` : `  ${head}\n    ${snippet}`;
}

/** The snippet on one line, its matched words in [brackets]. */
function marked(parts: readonly SnippetPart[]): string {
  return parts
    .map((part) => (part.match ? `[${part.text}]` : part.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
