// The interchange domain's operations: write the whole project or a selection
// in a format other research tools read, and read annotations other tools
// wrote. Files cross as staged names (see project/staging.ts), never as paths.
//
// An import is one undoable step: the highlights, tags and links it adds are
// captured as row images, and the sources a REFI-QDA import creates wait in
// the holding area when undone (history/source-archive.ts).

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defineOperation } from '../../api/contract.ts';
import { AppError } from '../../api/errors.ts';
import { newId, now } from '../../project/ids.ts';
import { existingStagedPath, newStagedName, stagedPath } from '../../project/staging.ts';
import type { Project } from '../../project/project.ts';
import { selectionInput, withSelection, type Selection, type SelectionCounts } from '../selection.ts';
import { readSelectedRows, type SelectedRows } from './read-selection.ts';
import { exportCsl } from './csl-export.ts';
import { exportHighlightsCsv } from './csv-export.ts';
import { exportMarkdown } from './markdown-export.ts';
import { exportQdpx } from './qdpx-export.ts';
import { importQdpx, MAX_QDPX_BYTES } from './qdpx-import.ts';
import { exportTimelineJs } from './timelinejs-export.ts';
import { exportW3c } from './w3c-export.ts';
import { importW3c, MAX_W3C_BYTES } from './w3c-import.ts';

export const exportFormats = ['w3c', 'qdpx', 'csv', 'markdown', 'timelinejs', 'csl'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const importFormats = ['w3c', 'qdpx'] as const;
export type ImportFormat = (typeof importFormats)[number];

interface Written {
  data: Uint8Array | string;
  /** What the file carries, by kind of record. */
  records: Record<string, number>;
}

interface FormatWriter {
  extension: string;
  suffix: string;
  write(project: Project, rows: SelectedRows, label: string): Written;
}

const writers: Record<ExportFormat, FormatWriter> = {
  w3c: {
    extension: 'jsonld',
    suffix: 'annotations',
    write: (_project, rows, label) => {
      const out = exportW3c(rows, label, newId(), now());
      return { data: out.json, records: out.counts };
    },
  },
  qdpx: {
    extension: 'qdpx',
    suffix: 'refi-qda',
    write: (project, rows) => {
      const out = exportQdpx(rows, projectName(project), now());
      return { data: out.zip, records: out.counts };
    },
  },
  csv: {
    extension: 'csv',
    suffix: 'highlights',
    write: (project, rows) => {
      const out = exportHighlightsCsv(project.db, rows);
      return { data: out.csv, records: { highlights: out.rows } };
    },
  },
  markdown: {
    extension: 'md',
    suffix: 'report',
    write: (_project, rows, label) => {
      const out = exportMarkdown(rows, label);
      return { data: out.markdown, records: out.counts };
    },
  },
  timelinejs: {
    extension: 'json',
    suffix: 'timeline',
    write: (_project, rows, label) => {
      const out = exportTimelineJs(rows, label);
      return { data: out.json, records: out.counts };
    },
  },
  csl: {
    extension: 'json',
    suffix: 'sources-csl',
    write: (_project, rows) => {
      const out = exportCsl(rows.sources);
      return { data: out.json, records: out.counts };
    },
  },
};

export interface ExportResult {
  /** The staged name of the written file. */
  file: string;
  bytes: number;
  suggestedName: string;
  counts: SelectionCounts & { records: Record<string, number> };
}

export function exportInterchange(project: Project, format: ExportFormat, selection: Selection): ExportResult {
  const writer = writers[format];
  return withSelection(project.db, selection, (counts) => {
    const rows = readSelectedRows(project.db);
    const label = `${projectName(project)}: ${describeSelection(selection, rows)}`;
    const written = writer.write(project, rows, label);
    const bytes = typeof written.data === 'string' ? Buffer.from(written.data, 'utf8') : written.data;
    const file = newStagedName(writer.extension);
    writeFileSync(stagedPath(project, file), bytes);
    return {
      file,
      bytes: bytes.length,
      suggestedName: `${safeFileName(projectName(project))}-${writer.suffix}.${writer.extension}`,
      counts: { ...counts, records: written.records },
    };
  });
}

const importLimits: Record<ImportFormat, number> = { w3c: MAX_W3C_BYTES, qdpx: MAX_QDPX_BYTES };

export function importInterchange(project: Project, format: ImportFormat, file: string) {
  const where = existingStagedPath(project, file);
  const size = statSync(where).size;
  if (size > importLimits[format]) {
    throw new AppError('invalid_input', `The file is ${(size / 1024 / 1024).toFixed(1)} MB; Sourcebench imports up to ${importLimits[format] / 1024 / 1024} MB in this format.`);
  }
  const bytes = readFileSync(where);
  switch (format) {
    case 'w3c':
      return importW3c(project.db, bytes);
    case 'qdpx':
      return importQdpx(project, bytes);
  }
}

function projectName(project: Project): string {
  return path.basename(project.path).replace(/\.sourcebench$/u, '');
}

function describeSelection(selection: Selection, rows: SelectedRows): string {
  switch (selection.kind) {
    case 'project':
      return 'whole project';
    case 'sources':
      return rows.sources.length === 1 ? (rows.sources[0]?.title ?? 'one source') : `${rows.sources.length} sources`;
    case 'event':
      return `event "${rows.events.find((e) => e.id === selection.eventId)?.title ?? selection.eventId}"`;
    case 'tag':
      return `tag "${rows.tags.find((t) => t.id === selection.tagId)?.name ?? selection.tagId}"`;
  }
}

function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/gu, '').slice(0, 80) || 'sourcebench';
}

export const interchangeOperations = [
  defineOperation(
    'interchange.export',
    z.object({ format: z.enum(exportFormats), selection: selectionInput.default({ kind: 'project' }) }),
    (project, input) => exportInterchange(project, input.format, input.selection),
  ),
  defineOperation(
    'interchange.import',
    z.object({ file: z.string().min(1).max(200), format: z.enum(importFormats) }),
    (project, input) => importInterchange(project, input.format, input.file),
    { undoLabel: 'Import annotations' },
  ),
] as const;
