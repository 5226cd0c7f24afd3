// `sourcebench merge FILE.sbundle [--dry-run] [--keep ours|theirs|both]`: shows what a bundle
// would change, then merges it through `bundles.preview` and `bundles.merge`.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import type { BundlePreview } from '../../core/bundles/merge-bundle.ts';
import type { Choice } from '../../core/bundles/merge-types.ts';
import { exitCode, printFailure, printJson, UsageError, type CliContext } from '../cli-context.ts';
import { operands, parseCommandArgs, type Command } from '../command.ts';
import { globalOptions } from '../global-options.ts';
import { withProject } from '../open-project.ts';

const options = { ...globalOptions, 'dry-run': { type: 'boolean' }, keep: { type: 'string' } } as const satisfies ParseArgsOptionsConfig;
const keeps: readonly Choice[] = ['ours', 'theirs', 'both'];

export const mergeCommand: Command = {
  name: 'merge',
  synopsis: 'merge FILE.sbundle',
  summary: 'Merge a bundle into the project (--dry-run to only look)',
  help: `Usage: sourcebench merge FILE.sbundle [--dry-run] [--keep ours|theirs|both] [--project FILE] [--json]

Merges an annotated bundle into the project: new records are added, records
changed only in the bundle are taken, records changed only here are kept. A
record changed on both sides is a conflict; the merge refuses to run until
--keep says how to settle them all. A backup is saved before merging.

  --dry-run  only show what would be added, updated, left and what conflicts
  --keep K   settle every conflict: ours (keep this project's version), theirs
             (take the bundle's), or both (keep ours and add theirs as a copy;
             where a copy is impossible, ours is kept)
  --json     print the preview or the merge summary as JSON
`,
  options,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(args, options);
    const files = operands(positionals);
    if (files.length !== 1) throw new UsageError('merge needs one bundle file');
    const bundle = path.resolve(files[0] ?? '');
    if (!existsSync(bundle)) return printFailure(ctx, { code: 'not_found', message: `No bundle at ${bundle}.` });
    const keep = values.keep;
    if (keep !== undefined && !(keeps as readonly string[]).includes(keep)) throw new UsageError(`--keep is one of ${keeps.join(', ')} (got "${keep}")`);
    return withProject(ctx, { mustExist: true }, async (core) => {
      const { stageFile } = await import('../../core/project/staging.ts');
      const file = stageFile(core.project, bundle, 'sbundle');
      const preview = core.call('bundles.preview', { file });
      if (!preview.ok) return printFailure(ctx, preview.error);
      if (values['dry-run'] === true) {
        if (ctx.json) printJson(ctx, preview.value);
        else printPreview(ctx, preview.value);
        return exitCode.ok;
      }
      const choices: Record<string, Choice> = {};
      for (const conflict of preview.value.conflicts) {
        if (keep === undefined) continue;
        choices[conflict.id] = keep === 'both' && !conflict.allowed.includes('both') ? 'ours' : (keep as Choice);
      }
      const merged = core.call('bundles.merge', { file, choices });
      if (!merged.ok) {
        if (merged.error.code === 'conflict') printPreview(ctx, preview.value);
        return printFailure(ctx, { ...merged.error, message: `${merged.error.message} Run again with --keep ours, theirs or both.` });
      }
      if (ctx.json) printJson(ctx, merged.value);
      else {
        const t = merged.value.tallies;
        const sum = (k: 'added' | 'updated') => Object.values(t).reduce((n, x) => n + x[k], 0);
        ctx.io.stdout(`merged: ${sum('added')} added, ${sum('updated')} updated, ${merged.value.conflicts.length} conflicts settled, ${merged.value.copies} copies\n`);
        if (merged.value.backupPath !== null) ctx.io.stdout(`backup: ${merged.value.backupPath}\n`);
      }
      return exitCode.ok;
    });
  },
};

function printPreview(ctx: CliContext, preview: BundlePreview): void {
  const out = (s: string) => ctx.io.stdout(`${s}\n`);
  out(`bundle from Sourcebench ${preview.bundle.appVersion}, written ${preview.bundle.createdAt}`);
  out('table                      added  updated  unchanged  conflicts');
  for (const [table, t] of Object.entries(preview.tallies)) {
    out(`${table.padEnd(25)} ${String(t.added).padStart(6)} ${String(t.updated).padStart(8)} ${String(t.unchanged).padStart(10)} ${String(t.conflicts).padStart(10)}`);
  }
  for (const source of preview.recognisedSources) out(`same document: "${source.title}" (${source.localId})${source.textDiffers ? ', highlights re-anchored' : ''}`);
  for (const conflict of preview.conflicts) out(`conflict ${conflict.id}: "${conflict.label}"`);
  for (const warning of preview.warnings) out(`warning: ${warning}`);
  out(preview.backupNote);
}
