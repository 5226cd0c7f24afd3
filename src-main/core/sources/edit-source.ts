// The user's corrections to a source: metadata fields, restoring a line the
// importer took for noise (or removing one it kept), and deleting a source.

import type Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../api/errors.ts';
import { now } from '../project/ids.ts';
import { readCurrentRevision, readDetail, readSummary } from './source-rows.ts';
import { sourceKinds, type SourceDetail, type SourceSummary } from './source-types.ts';
import { writeRevision } from './write-revision.ts';
import { archiveSource } from '../history/source-archive.ts';
import { MAX_TITLE_CHARS, tooLong } from '../limits.ts';

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealPartialDate, 'not a real date');

const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((v) => (v.trim() === '' ? null : v.trim()))
    .nullable();

export const metadataPatch = z
  .object({
    title: z.string().trim().min(1, 'a title cannot be empty').max(MAX_TITLE_CHARS, tooLong('a title', MAX_TITLE_CHARS)),
    author: optionalText(1000),
    publisher: optionalText(1000),
    publishedAt: z.union([partialDate, z.literal('').transform(() => null), z.null()]),
    url: z.union([z.url({ protocol: /^https?$/ }), z.literal('').transform(() => null), z.null()]),
    kind: z.enum(sourceKinds).nullable(),
    language: optionalText(35),
  })
  .partial();

export type MetadataPatch = z.output<typeof metadataPatch>;

const columnOf: Record<keyof MetadataPatch, string> = {
  title: 'title',
  author: 'author',
  publisher: 'publisher',
  publishedAt: 'published_at',
  url: 'url',
  kind: 'kind',
  language: 'language',
};

export function updateMetadata(db: Database.Database, id: string, patch: MetadataPatch): SourceSummary {
  readSummary(db, id);
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof MetadataPatch, string | null][];
  if (entries.length === 0) return readSummary(db, id);
  const sets = entries.map(([key]) => `${columnOf[key]} = ?`).join(', ');
  db.prepare(`UPDATE sources SET ${sets}, updated_at = ? WHERE id = ?`).run(...entries.map(([, v]) => v), now(), id);
  return readSummary(db, id);
}

export function setLineRemoved(db: Database.Database, id: string, line: number, removed: boolean): SourceDetail {
  const current = readCurrentRevision(db, id);
  if (line >= current.lines.length) {
    throw new AppError('invalid_input', `Line ${line} does not exist; the document has ${current.lines.length} lines.`);
  }
  const isRemoved = current.removed.some((r) => r.line === line);
  if (isRemoved === removed) return readDetail(db, id);
  const nextRemoved = removed
    ? [...current.removed, { line, reason: 'removed by you' }].sort((a, b) => a.line - b.line)
    : current.removed.filter((r) => r.line !== line);
  writeRevision(db, id, { lines: current.lines, removed: nextRemoved, reason: removed ? `removed line ${line + 1}` : `restored line ${line + 1}` });
  return readDetail(db, id);
}

/** Undoable: the source waits in the holding area until its undo entry is pruned. */
export function deleteSource(db: Database.Database, id: string): { id: string } {
  readSummary(db, id);
  archiveSource(db, id, null);
  return { id };
}

function isRealPartialDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year ?? 0, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
