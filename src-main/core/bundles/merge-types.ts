// What a preview and a merge tell the user: per table how many records would
// be (or were) added, updated or left as they are, and every conflict with
// both versions side by side.

import type { ReanchorSummary } from '../annotations/reanchor-source.ts';
import type { DataTable, RecordTable } from './bundle-tables.ts';
import type { Selection } from './selection.ts';

export const choices = ['ours', 'theirs', 'both'] as const;
export type Choice = (typeof choices)[number];

export interface TableTally {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
}

export interface MergeConflict {
  /** `table:recordId`, the key of `choices` in bundles.merge. */
  id: string;
  table: RecordTable;
  recordId: string;
  /** A few words to recognise the record by: a title, a name, a quote. */
  label: string;
  ours: Record<string, unknown>;
  theirs: Record<string, unknown>;
  /** "both" is missing where a copy would break a rule (one original file per source, one link per passage and event). */
  allowed: Choice[];
}

export interface RecognisedSource {
  bundleId: string;
  localId: string;
  title: string;
  /** Whether the bundle's highlights must be re-anchored because the local reading text differs. */
  textDiffers: boolean;
}

export interface BundleSummary {
  appVersion: string;
  createdAt: string;
  selection: Selection;
  counts: Record<string, number>;
}

export interface MergeReport {
  bundle: BundleSummary;
  tallies: Record<DataTable, TableTally>;
  conflicts: MergeConflict[];
  recognisedSources: RecognisedSource[];
  warnings: string[];
  /** Copies made for conflicts settled with "keep both". */
  copies: number;
  /** How the highlights that had to be re-anchored ended up. */
  reanchored: ReanchorSummary;
}
