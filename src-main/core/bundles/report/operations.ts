// The report domain's operation: the standalone HTML report of a selection, written into the staging
// folder in chunks; the host moves the staged file to where the user chose to save it.

import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defineOperation } from '../../api/contract.ts';
import type { Project } from '../../project/project.ts';
import { newStagedName, stagedPath } from '../../project/staging.ts';
import { selectionInput, withSelection, type Selection } from '../selection.ts';
import { writeReport } from './write-report.ts';

export interface ReportExport {
  /** The staged file's name (see project/staging.ts). */
  file: string;
  bytes: number;
  suggestedName: string;
}

export const reportOperations = [
  defineOperation('report.export', z.object({ selection: selectionInput }), (project, input) => exportReport(project, input.selection)),
] as const;

function exportReport(project: Project, selection: Selection): ReportExport {
  const projectName = path.basename(project.path).replace(/\.sourcebench$/u, '');
  const file = newStagedName('html');
  const target = stagedPath(project, file);
  const fd = openSync(target, 'w');
  let bytes = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    bytes += writeSync(fd, pending.join(''));
    pending = [];
    pendingLength = 0;
  };
  try {
    withSelection(project.db, selection, (counts) =>
      writeReport(
        project.db,
        (chunk) => {
          pending.push(chunk);
          pendingLength += chunk.length;
          if (pendingLength > 64 * 1024) flush();
        },
        { projectName, selection, counts },
      ),
    );
    flush();
  } catch (error) {
    closeSync(fd);
    // A half-written report must not be handed on as if it were whole.
    rmSync(target, { force: true });
    throw error;
  }
  closeSync(fd);
  return { file, bytes, suggestedName: `${safeFileName(projectName)}-report.html` };
}

function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/gu, '') || 'sourcebench';
}
