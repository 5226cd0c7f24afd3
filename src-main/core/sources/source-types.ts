// The shapes of a source as the contract returns them (field names are the
// contract's: the CLI's --json and the renderer use exactly these).

import type { RemovedLine, SourceFormat, SourceKind } from './extract/extract-document.ts';

export const sourceKinds = ['news', 'analysis', 'encyclopedia', 'report', 'other'] as const satisfies readonly SourceKind[];

export interface SourceMetadata {
  title: string;
  author: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  kind: SourceKind | null;
  language: string | null;
}

export interface SourceSummary extends SourceMetadata {
  id: string;
  format: SourceFormat;
  fileName: string | null;
  highlightCount: number;
  importedAt: string;
  updatedAt: string;
}

export interface RemovedLineView extends RemovedLine {
  text: string;
}

export interface SourceDetail extends SourceSummary {
  text: string;
  revision: { id: string; number: number; reason: string; createdAt: string };
  removedLines: RemovedLineView[];
}

export interface ImportOutcome {
  status: 'imported' | 'duplicate';
  source: SourceSummary;
}
