// Opening a bundle as a project of its own: a new project file, the bundle
// merged into it (nothing to conflict with), and on any failure no file left.

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../api/errors.ts';
import { openCore } from '../core.ts';
import { removeProjectFile } from '../project/open-project.ts';
import { stageFile } from '../project/staging.ts';
import { bundleExtension } from './bundle-format.ts';
import type { MergeSummary } from './merge-bundle.ts';

export function openBundleAsProject(bundlePath: string, newProjectPath: string): MergeSummary & { projectPath: string } {
  const target = path.resolve(newProjectPath);
  if (existsSync(target) && statSync(target).size > 0) {
    throw new AppError('conflict', `${target} already exists; choose a new file name for the project.`);
  }
  if (!existsSync(bundlePath)) throw new AppError('not_found', `No bundle at ${path.resolve(bundlePath)}.`);
  const core = openCore(target);
  let ok = false;
  try {
    const file = stageFile(core.project, bundlePath, bundleExtension);
    const merged = core.call('bundles.merge', { file, choices: {} });
    if (!merged.ok) throw new AppError(merged.error.code, merged.error.message, merged.error.details);
    ok = true;
    return { ...merged.value, projectPath: target };
  } finally {
    core.close();
    if (!ok) removeProjectFile(target);
  }
}
