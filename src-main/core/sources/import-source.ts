// Importing one file: extract clean text and metadata, recognise a re-import
// of the same document, and store the original bytes with the first revision.

import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Project } from '../project/project.ts';
import { newId, now } from '../project/ids.ts';
import { extractDocument } from './extract/extract-document.ts';
import { readSummary } from './source-rows.ts';
import type { ImportOutcome } from './source-types.ts';
import { writeRevision } from './write-revision.ts';
import { statement } from '../project/statements.ts';

export interface ImportRequest {
  /** The file's own name, or null for pasted text. */
  fileName: string | null;
  bytes: Uint8Array;
  /** A title the user typed (paste), which beats one read off the text. */
  title?: string | undefined;
}

export function importSource(project: Project, request: ImportRequest): ImportOutcome {
  const { db } = project;
  const document = extractDocument(request.fileName ?? 'pasted text.txt', request.bytes);
  const originalSha256 = sha256(request.bytes);
  const textSha256 = sha256(document.lines.join('\n'));

  const existing = statement(db, 'SELECT id FROM sources WHERE original_sha256 = ? OR text_sha256 = ? LIMIT 1')
    .get(originalSha256, textSha256) as { id: string } | undefined;
  if (existing) return { status: 'duplicate', source: readSummary(db, existing.id) };

  const id = newId();
  const at = now();
  const { metadata } = document;
  const title = request.title?.trim() || metadata.title || titleFromFileName(request.fileName);
  statement(
    db,
    `INSERT INTO sources (id, title, author, publisher, published_at, url, kind, language, format, file_name,
       original, original_sha256, text_sha256, imported_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, title, metadata.author, metadata.publisher, metadata.publishedAt, metadata.url, metadata.kind,
    metadata.language, document.format, request.fileName, Buffer.from(request.bytes), originalSha256,
    textSha256, at, at, at,
  );
  writeRevision(db, id, { lines: document.lines, removed: document.removed, reason: 'import' });
  return { status: 'imported', source: readSummary(db, id) };
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function titleFromFileName(fileName: string | null): string {
  if (fileName === null) return 'Pasted text';
  return path.basename(fileName).replace(/\.[^.]+$/, '');
}
