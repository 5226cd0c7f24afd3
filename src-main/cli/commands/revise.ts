// `sourcebench revise SOURCE FILE`: a new version of a source's text, from a document re-imported
// over it (`sources.reimport`) or a text file taken verbatim (`sources.revise`), then re-anchored.

import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import type { Highlight } from '../../core/annotations/highlight-types.ts';
import type { ErrorData } from '../../core/api/errors.ts';
import type { OperationOutput } from '../../core/api/operations.ts';
import type { Core } from '../../core/core.ts';
import { decodeBytes } from '../../core/sources/extract/decode-bytes.ts';
import { binaryFile } from '../../core/sources/extract/import-errors.ts';
import { exitCode, oneLine, printFailure, printJson, UsageError, type CliContext } from '../cli-context.ts';
import { fileTarget } from '../collect-import-files.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { fetchPages } from '../fetch-pages.ts';
import { highlightPlace, quoted } from '../format-highlight.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';
import { readTarget } from '../read-file.ts';

const options = {
  ...globalOptions,
  'text-file': { type: 'string' },
} as const satisfies ParseArgsOptionsConfig;

type Revision = OperationOutput<'sources.revise'>;

export const reviseCommand: Command = {
  name: 'revise',
  synopsis: 'revise SOURCE FILE',
  summary: "Replace a source's text with a new version and re-anchor its highlights",
  help: `Usage: sourcebench revise SOURCE FILE [--project FILE] [--json]
       sourcebench revise SOURCE --text-file FILE [--project FILE] [--json]

Makes a new revision of the source's text (earlier ones are kept) and finds
every highlight again in it. Prints how many highlights were found where they
were (anchored), elsewhere (moved), only approximately (fuzzy: check these) or
not at all (orphaned), and lists the fuzzy and orphaned ones.

  FILE              a corrected version of the document (text, Markdown or
                    HTML), read and cleaned like an import
  --text-file FILE  a text file that IS the new reading text, line for line:
                    nothing is removed as noise (for example the text
                    "sourcebench show SOURCE" prints, corrected); only line
                    breaks, tabs and invisible characters are normalized
  --json            print the operation's result: { "source", "reanchored" }

A revision cannot be taken back with "sourcebench undo".
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    const given = operands(positionals);
    const textFile = values['text-file'];
    if (given.length === 0) throw new UsageError('revise needs a source id and a file');
    if (textFile !== undefined && given.length > 1) throw new UsageError('give the new version either as FILE or with --text-file, not both');
    if (textFile === undefined && given.length !== 2) {
      throw new UsageError(given.length === 1 ? 'revise needs the file with the new version (FILE or --text-file FILE)' : 'revise takes one source id and one file');
    }
    const sourceId = given[0] ?? '';
    const filePath = textFile ?? given[1] ?? '';

    // The core's own limit, loaded with the core (see open-project.ts for why it is loaded late).
    const { MAX_IMPORT_BYTES } = await import('../../core/sources/extract/extract-document.ts');
    const read = readTarget(fileTarget(filePath), MAX_IMPORT_BYTES);
    if (!read.ok) return printFailure(ctx, fileProblem(filePath, read.error));
    const fileName = path.basename(filePath);
    let text: string | null = null;
    if (textFile !== undefined) {
      const decoded = decodeBytes(read.value);
      if (!decoded.ok) return printFailure(ctx, binaryFile(fileName).toData());
      text = decoded.text;
    }

    return withProject(ctx, { mustExist: true }, (core) => {
      const revised =
        text === null
          ? core.call('sources.reimport', { id: sourceId, fileName, dataBase64: read.value.toString('base64') })
          : core.call('sources.revise', { id: sourceId, text });
      if (!revised.ok) return printFailure(ctx, revised.error);
      if (ctx.json) {
        printJson(ctx, revised.value);
        return exitCode.ok;
      }
      return printRevision(ctx, core, revised.value);
    });
  },
};

function fileProblem(filePath: string, error: ErrorData): ErrorData {
  // As `import` reports it: the path as typed, then what is wrong with it.
  return { code: error.code, message: `${filePath}: ${oneLine(error.message)}` };
}

function printRevision(ctx: CliContext, core: Core, revision: Revision): number {
  const { source, reanchored } = revision;
  const total = reanchored.anchored + reanchored.moved + reanchored.fuzzy + reanchored.orphaned;
  const lines = [
    `revised   ${source.id}  ${source.title}`,
    `Revision ${source.revision.number} (${source.revision.reason}).`,
    total === 0
      ? 'The source has no highlights to re-anchor.'
      : `${total} ${total === 1 ? 'highlight' : 'highlights'} re-anchored: ${reanchored.anchored} anchored, ${reanchored.moved} moved, ${reanchored.fuzzy} fuzzy, ${reanchored.orphaned} orphaned`,
  ];
  for (const status of ['fuzzy', 'orphaned'] as const) {
    if (reanchored[status] === 0) continue;
    const listed = fetchPages(1000, Number.POSITIVE_INFINITY, (offset, limit) => core.call('annotations.list', { sourceId: source.id, status, offset, limit }));
    if (!listed.ok) return printFailure(ctx, listed.error);
    lines.push(status === 'fuzzy' ? 'Fuzzy, found only approximately; check these:' : 'Orphaned, no longer found in the text:');
    lines.push(...listed.value.rows.map((highlight) => `  ${describe(highlight)}`));
  }
  ctx.io.stdout(`${lines.join('\n')}\n`);
  return exitCode.ok;
}

function describe(highlight: Highlight): string {
  const was = highlight.previousExact !== null && highlight.previousExact !== highlight.exact ? `  (was ${quoted(highlight.previousExact)})` : '';
  return `${highlightPlace(highlight).padEnd(12)}${quoted(highlight.exact)}${was}  ${highlight.id}`;
}
