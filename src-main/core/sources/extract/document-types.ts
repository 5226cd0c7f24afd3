// The shapes every part of the extraction pipeline hands to the next.
// Kept apart from extract-document.ts so small modules can share them without import cycles.

export type SourceFormat = 'text' | 'markdown' | 'html';
export type SourceKind = 'news' | 'analysis' | 'encyclopedia' | 'report' | 'other';

/** A line of `lines` flagged as noise; `reason` is plain words shown to the user. */
export interface RemovedLine {
  line: number;
  reason: string;
}

export interface ExtractedMetadata {
  title: string | null;
  author: string | null;
  publisher: string | null;
  /** ISO 'YYYY-MM-DD', or 'YYYY-MM' / 'YYYY' when only that precision is stated. */
  publishedAt: string | null;
  url: string | null;
  kind: SourceKind | null;
  /** BCP-47, e.g. 'en' or 'en-GB'. */
  language: string | null;
}

export interface ExtractedDocument {
  format: SourceFormat;
  lines: string[];
  removed: RemovedLine[];
  metadata: ExtractedMetadata;
}
