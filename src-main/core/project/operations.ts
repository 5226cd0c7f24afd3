// The project domain's operations: what the workbench needs to know about the
// open project, and loading our own sample documents into it.

import { z } from 'zod';
import path from 'node:path';
import { defineOperation } from '../api/contract.ts';
import { loadSampleDocuments } from '../sample/load-sample.ts';
import { backupOperations } from './backup-operations.ts';
import { MAX_IMPORT_BATCH_BYTES, MAX_IMPORT_BATCH_FILES, MAX_IMPORT_BYTES } from '../limits.ts';

export interface ProjectInfo {
  path: string;
  name: string;
  createdNow: boolean;
  sourceCount: number;
  /** So a door can refuse an oversized file before reading it, and batch files within the core's bounds. */
  limits: { maxImportBytes: number; maxImportBatchFiles: number; maxImportBatchBytes: number };
}

export const projectOperations = [
  defineOperation('project.info', z.object({}), (project): ProjectInfo => {
    const { count } = project.db.prepare('SELECT COUNT(*) AS count FROM sources').get() as { count: number };
    return {
      path: project.path,
      name: path.basename(project.path).replace(/\.sourcebench$/, ''),
      createdNow: project.createdNow,
      sourceCount: count,
      limits: { maxImportBytes: MAX_IMPORT_BYTES, maxImportBatchFiles: MAX_IMPORT_BATCH_FILES, maxImportBatchBytes: MAX_IMPORT_BATCH_BYTES },
    };
  }),
  defineOperation('project.loadSample', z.object({}), (project) => loadSampleDocuments(project)),
  ...backupOperations,
] as const;
