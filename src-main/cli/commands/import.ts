// `sourcebench import PATH...`: reads the files and imports them in batches (import-in-batches.ts:
// one transaction each, as the workbench's `sources.importMany` makes them), printing one line per
// file and a summary.

import { existsSync } from 'node:fs';
import type { ParseArgsOptionsConfig } from 'node:util';
import type { ErrorData } from '../../core/api/errors.ts';
import { removeProjectFile } from '../../core/project/open-project.ts';
import { exitCode, oneLine, printJson, UsageError, type CliContext } from '../cli-context.ts';
import { collectImportTargets, type ImportTarget } from '../collect-import-files.ts';
import { importInBatches, type ImportResult, type ReadFile } from '../import-in-batches.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { MAX_IMPORT_BATCH_BYTES, MAX_IMPORT_BATCH_FILES, MAX_IMPORT_BYTES } from '../../core/limits.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';
import { readTarget } from '../read-file.ts';

const options = { ...globalOptions } as const satisfies ParseArgsOptionsConfig;

export const importCommand: Command = {
  name: 'import',
  synopsis: 'import PATH...',
  summary: 'Import text, Markdown and HTML files (folders are searched recursively)',
  help: `Usage: sourcebench import PATH... [--project FILE] [--json]

Imports each file into the project. A folder is searched recursively for
.txt, .text, .md, .markdown, .htm and .html files. A file imported before is
recognised and reported as a duplicate. Files that cannot be imported are
reported one line each and leave the project unchanged; the exit code is 1
when any file failed.
`,
  options,
  async run(args, ctx) {
    const { positionals } = parseCommandArgs(args, options);
    const paths = operands(positionals);
    if (paths.length === 0) throw new UsageError('import needs at least one file or folder');

    const limits = { maxFiles: MAX_IMPORT_BATCH_FILES, maxBytes: MAX_IMPORT_BATCH_BYTES };
    const targets = collectImportTargets(paths);
    const results: ImportResult[] = [];
    const record = (result: ImportResult): void => {
      const shown = result.error === undefined ? result : failed(result.path, result.error);
      results.push(shown);
      if (!ctx.json) printResultLine(ctx, shown);
    };

    // Nothing readable means nothing to write: don't create a project file just to report failures.
    if (!targets.some((target) => target.kind === 'file')) {
      for (const target of targets) if (target.kind === 'problem') record(failed(target.path, target.error));
    } else {
      const existed = existsSync(ctx.projectPath);
      const opened = await withProject(ctx, { mustExist: false }, (core) => {
        for (const result of importInBatches(core, readTargets(targets, MAX_IMPORT_BYTES), limits)) record(result);
        return exitCode.ok;
      });
      if (opened !== exitCode.ok) return opened;
      // Every file refused after all (a binary, an empty file): the project made for them would stay empty.
      if (!existed && results.every((result) => result.status === 'failed')) removeProjectFile(ctx.projectPath);
    }
    return finish(ctx, results);
  },
};

// Lazily, so a folder of thousands of files is read one batch at a time.
function* readTargets(targets: readonly ImportTarget[], maxBytes: number): Generator<ReadFile> {
  for (const target of targets) {
    const read = readTarget(target, maxBytes);
    yield read.ok ? { ok: true, path: target.path, bytes: read.value } : { ok: false, path: target.path, error: read.error };
  }
}

function failed(targetPath: string, error: ErrorData): ImportResult {
  // Details are for logs; a script gets the same code and message a person reads.
  return { path: targetPath, status: 'failed', error: { code: error.code, message: oneLine(error.message) } };
}

function printResultLine(ctx: CliContext, result: ImportResult): void {
  if (result.status === 'failed') {
    ctx.io.stderr(`${'failed'.padEnd(10)}${result.path}: ${result.error?.message ?? 'unknown error'}\n`);
    return;
  }
  ctx.io.stdout(`${result.status.padEnd(10)}${result.source?.id ?? ''}  ${result.source?.title ?? ''}\n`);
}

function finish(ctx: CliContext, results: readonly ImportResult[]): number {
  const count = (status: ImportResult['status']) => results.filter((r) => r.status === status).length;
  const imported = count('imported');
  const duplicates = count('duplicate');
  const failures = count('failed');
  if (ctx.json) {
    printJson(ctx, { results, imported, duplicates, failed: failures });
  } else {
    ctx.io.stdout(`${imported} imported, ${duplicates} ${duplicates === 1 ? 'duplicate' : 'duplicates'}, ${failures} failed\n`);
  }
  return failures > 0 ? exitCode.failure : exitCode.ok;
}
