// The bundles domain's operations: export a selection to a staged .sbundle,
// preview what merging a staged bundle would do, and merge it.

import { z } from 'zod';
import { defineOperation } from '../api/contract.ts';
import { newStagedName, stagedPath } from '../project/staging.ts';
import { bundleExtension } from './bundle-format.ts';
import { exportBundle } from './export-bundle.ts';
import { mergeBundle, previewBundle } from './merge-bundle.ts';
import { choices } from './merge-types.ts';
import { selectionInput } from './selection.ts';
import { suggestedBundleName } from './suggested-name.ts';

const stagedFile = z.string().min(1).max(130);

export const bundlesOperations = [
  defineOperation('bundles.export', z.object({ selection: selectionInput }), (project, { selection }) => {
    const file = newStagedName(bundleExtension);
    const { bytes, counts } = exportBundle(project.db, selection, stagedPath(project, file));
    return { file, bytes, counts, suggestedName: suggestedBundleName(project, selection) };
  }),
  defineOperation('bundles.preview', z.object({ file: stagedFile }), (project, { file }) => previewBundle(project, file)),
  defineOperation(
    'bundles.merge',
    z.object({ file: stagedFile, choices: z.record(z.string().max(300), z.enum(choices)).default({}) }),
    (project, input) => mergeBundle(project, input.file, input.choices),
  ),
] as const;
