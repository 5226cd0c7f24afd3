// The formats "Export as…" offers, in the order it lists them, with what each is for.

import type { ExportFormat } from './interchange-dialogs.ts';

interface FormatDescription {
  label: string;
  purpose: string;
}

export const exportFormatDescriptions = {
  w3c: { label: 'W3C Web Annotations (JSON-LD)', purpose: 'Highlights with their notes, tags and event links, for annotation tools such as Hypothesis.' },
  qdpx: { label: 'REFI-QDA project (.qdpx)', purpose: 'Sources, codes and codings for NVivo, ATLAS.ti, MAXQDA and other QDA programs.' },
  csv: { label: 'CSV table of highlights', purpose: 'One row per highlight, for a spreadsheet.' },
  markdown: { label: 'Markdown', purpose: 'The passages by source as plain text, to edit or publish.' },
  timelinejs: { label: 'TimelineJS (JSON)', purpose: 'The dated events, for a TimelineJS timeline.' },
  csl: { label: 'CSL-JSON', purpose: 'The sources as citations, for Zotero and other reference managers.' },
  report: { label: 'HTML report', purpose: 'One standalone page with the passages and events, to read, share or print.' },
} as const satisfies Record<ExportFormat, FormatDescription>;

export const exportFormatOrder = Object.keys(exportFormatDescriptions) as ExportFormat[];
