// Loads the built-in sample documents into a project through the same import the user's own
// files go through, so the sample demonstrates the real pipeline and re-loading is harmless.

import type { Project } from '../project/project.ts';
import { importSource } from '../sources/import-source.ts';
import { sampleDocuments } from './documents.ts';

export interface SampleLoadOutcome {
  imported: number;
  duplicates: number;
}

export function loadSampleDocuments(project: Project): SampleLoadOutcome {
  const encoder = new TextEncoder();
  let imported = 0;
  let duplicates = 0;
  for (const document of sampleDocuments) {
    const outcome = importSource(project, { fileName: document.fileName, bytes: encoder.encode(document.content) });
    if (outcome.status === 'imported') imported += 1;
    else duplicates += 1;
  }
  return { imported, duplicates };
}
