// Preview and merge of a staged bundle. Both first verify the whole file
// (sizes, SHA-256, manifest); a preview then runs the merge inside a savepoint
// it rolls back, a merge saves a backup first and runs it for real. The router
// runs each in one transaction, so a merge that fails anywhere writes nothing.

import Database from 'better-sqlite3';
import { backupFolder, backupProject } from '../project/backup.ts';
import type { Project } from '../project/project.ts';
import { existingStagedPath } from '../project/staging.ts';
import { applyBundle } from './apply-bundle.ts';
import { defaultLimits, type BundleLimits } from './bundle-format.ts';
import type { Choice, MergeReport } from './merge-types.ts';
import { verifyBundle } from './verify-bundle.ts';

export interface BundlePreview extends MergeReport {
  /** What happens to the current project before a merge, in words. */
  backupNote: string;
}

export interface MergeSummary extends MergeReport {
  /** Where the copy taken before merging was saved, or null when the project was empty. */
  backupPath: string | null;
}

export function previewBundle(project: Project, file: string, limits: BundleLimits = defaultLimits): BundlePreview {
  const filePath = existingStagedPath(project, file);
  const manifest = verifyBundle(filePath, limits);
  const { db } = project;
  db.exec('SAVEPOINT bundle_preview');
  try {
    const report = applyBundle(db, filePath, manifest, limits, null);
    const backupNote = isEmpty(project)
      ? 'The project is empty, so no backup is needed before merging.'
      : `Before merging, a copy of the project is saved in ${backupFolder(project.path)}; restore it (sourcebench restore) to go back.`;
    return { ...report, backupNote };
  } finally {
    db.exec('ROLLBACK TO bundle_preview');
    db.exec('RELEASE bundle_preview');
  }
}

export function mergeBundle(project: Project, file: string, choicesMade: Readonly<Record<string, Choice>>, limits: BundleLimits = defaultLimits): MergeSummary {
  const filePath = existingStagedPath(project, file);
  const manifest = verifyBundle(filePath, limits);
  const backupPath = isEmpty(project) ? null : backupBeforeMerge(project);
  return { ...applyBundle(project.db, filePath, manifest, limits, choicesMade), backupPath };
}

function isEmpty(project: Project): boolean {
  return project.db.prepare('SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM tags) + (SELECT count(*) FROM events) + (SELECT count(*) FROM entities) AS n').pluck().get() === 0;
}

/**
 * VACUUM INTO cannot run inside the operation's transaction, so a second,
 * read-only connection copies the project as last committed: before this merge.
 */
function backupBeforeMerge(project: Project): string {
  const reader = new Database(project.path, { readonly: true, fileMustExist: true });
  try {
    return backupProject(reader, project.path, 'before-merge');
  } finally {
    reader.close();
  }
}
