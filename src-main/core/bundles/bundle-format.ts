// What a .sbundle is: a zip of NDJSON data files, the original bytes as their
// own entries, an optional report, and manifest.json last (it lists every
// other entry's size and SHA-256, which are only known once they are written).

import { z } from 'zod';
import { selectionInput } from './selection.ts';
import { dataFiles } from './bundle-tables.ts';

export const bundleFormat = 'sourcebench-bundle';
export const bundleFormatVersion = 1;
export const bundleExtension = 'sbundle';
export const manifestPath = 'manifest.json';
/** The standalone HTML report (written by src-main/core/bundles/report/ once it arrives). */
export const reportPath = 'report.html';
export const sourceOriginalPrefix = 'originals/';
export const revisionOriginalPrefix = 'revision-originals/';

const entry = z.object({ path: z.string().min(1).max(300), bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type ManifestEntry = z.output<typeof entry>;

export const manifestSchema = z.object({
  format: z.literal(bundleFormat),
  formatVersion: z.literal(bundleFormatVersion),
  appVersion: z.string().max(100),
  createdAt: z.string().max(64),
  selection: selectionInput,
  counts: z.record(z.string(), z.number().int().min(0)),
  entries: z.array(entry).max(10_000_000),
});
export type Manifest = z.output<typeof manifestSchema>;

/** Caps on what a bundle may unpack to, so a zip bomb stops early (tests pass smaller ones). */
export interface BundleLimits {
  entryBytes: number;
  totalBytes: number;
  lineBytes: number;
  manifestBytes: number;
}

export const defaultLimits: BundleLimits = {
  entryBytes: 4 * 1024 ** 3,
  totalBytes: 16 * 1024 ** 3,
  lineBytes: 256 * 1024 ** 2,
  manifestBytes: 512 * 1024 ** 2,
};

const idPart = /^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/;

/**
 * The place of an entry in the order a bundle is written and must be read, or
 * null for a name a bundle never holds (traversal, absolute, backslash, unknown).
 */
export function entryRank(name: string): number | null {
  const data = dataFiles.findIndex((f) => f.path === name);
  const afterRevisions = dataFiles.findIndex((f) => f.table === 'source_revisions');
  if (data !== -1) return data <= afterRevisions ? data * 10 : data * 10 + 20;
  if (name.startsWith(sourceOriginalPrefix) && idPart.test(name.slice(sourceOriginalPrefix.length))) return afterRevisions * 10 + 5;
  if (name.startsWith(revisionOriginalPrefix) && idPart.test(name.slice(revisionOriginalPrefix.length))) return afterRevisions * 10 + 6;
  if (name === reportPath) return 10_000;
  if (name === manifestPath) return 10_001;
  return null;
}
