// The sources domain's operations: import (files and pasted text), the
// library listing, one source in full, and the user's corrections.

import { z } from 'zod';
import { defineOperation } from '../api/contract.ts';
import { AppError } from '../api/errors.ts';
import { deleteSource, metadataPatch, setLineRemoved, updateMetadata } from './edit-source.ts';
import { importBatch } from './import-batch.ts';
import { importSource } from './import-source.ts';
import { listSources, listSourcesInput } from './list-sources.ts';
import { readDetail } from './source-rows.ts';
import { reimportSource, reviseText } from './revise-source.ts';
import { diffRevisions, listRevisions } from './revision-history.ts';
import {
  MAX_FILE_NAME_CHARS, MAX_IMPORT_BATCH_BYTES, MAX_IMPORT_BATCH_FILES, MAX_IMPORT_BYTES, MAX_SOURCE_TEXT_CHARS, MAX_TITLE_CHARS, tooLong, tooMany,
} from '../limits.ts';

const sourceId = z.string().min(1).max(100);
// Base64 carries 4 characters per 3 bytes; the exact byte limit is checked after decoding.
const maxBase64Length = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8;
const fileUpload = {
  fileName: z.string().min(1).max(MAX_FILE_NAME_CHARS, tooLong('a file name', MAX_FILE_NAME_CHARS)),
  dataBase64: z.string().max(maxBase64Length + 1, 'the file is larger than Sourcebench imports'),
};

export const sourcesOperations = [
  defineOperation('sources.import', z.object(fileUpload), (project, input) =>
    importSource(project, { fileName: input.fileName, bytes: decodeUpload(input) }),
  ),
  defineOperation(
    'sources.importMany',
    z.object({ files: z.array(z.object(fileUpload)).min(1).max(MAX_IMPORT_BATCH_FILES, tooMany('files', MAX_IMPORT_BATCH_FILES)) }),
    (project, input) => ({ results: importBatch(project, decodeBatch(input.files)) }),
  ),
  defineOperation(
    'sources.importText',
    z.object({
      text: z.string().max(MAX_SOURCE_TEXT_CHARS, tooLong('pasted text', MAX_SOURCE_TEXT_CHARS)),
      title: z.string().max(MAX_TITLE_CHARS, tooLong('a title', MAX_TITLE_CHARS)).optional(),
    }),
    (project, input) => importSource(project, { fileName: null, bytes: Buffer.from(input.text, 'utf8'), title: input.title }),
  ),
  defineOperation('sources.list', listSourcesInput, (project, input) => listSources(project.db, input)),
  defineOperation('sources.get', z.object({ id: sourceId }), (project, input) => readDetail(project.db, input.id)),
  defineOperation('sources.update', z.object({ id: sourceId, patch: metadataPatch }), (project, input) =>
    updateMetadata(project.db, input.id, input.patch),
  ),
  defineOperation(
    'sources.setLineRemoved',
    z.object({ id: sourceId, line: z.number().int().min(0), removed: z.boolean() }),
    (project, input) => setLineRemoved(project.db, input.id, input.line, input.removed),
  ),
  defineOperation('sources.delete', z.object({ id: sourceId }), (project, input) => deleteSource(project.db, input.id), {
    undoLabel: 'Delete source',
  }),
  defineOperation(
    'sources.revise',
    z.object({ id: sourceId, text: z.string().max(MAX_SOURCE_TEXT_CHARS, tooLong("a source's text", MAX_SOURCE_TEXT_CHARS)) }),
    (project, input) => reviseText(project.db, input.id, input.text),
  ),
  defineOperation('sources.reimport', z.object({ id: sourceId, ...fileUpload }), (project, input) =>
    reimportSource(project.db, input.id, input.fileName, decodeUpload(input)),
  ),
  defineOperation('sources.revisions', z.object({ id: sourceId }), (project, input) => listRevisions(project.db, input.id)),
  defineOperation(
    'sources.diffRevisions',
    z.object({ id: sourceId, from: z.number().int().min(1), to: z.number().int().min(1).nullable().default(null) }),
    (project, input) => diffRevisions(project.db, input.id, input.from, input.to),
  ),
] as const;

function decodeUpload(input: { fileName: string; dataBase64: string }): Buffer {
  if (input.dataBase64.length > maxBase64Length) {
    throw new AppError('invalid_input', `${input.fileName} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most Sourcebench imports.`);
  }
  return Buffer.from(input.dataBase64, 'base64');
}

function decodeBatch(files: readonly { fileName: string; dataBase64: string }[]): { fileName: string; bytes: Buffer }[] {
  const decoded = files.map((file) => ({ fileName: file.fileName, bytes: decodeUpload(file) }));
  const total = decoded.reduce((sum, file) => sum + file.bytes.length, 0);
  if (total > MAX_IMPORT_BATCH_BYTES) {
    throw new AppError('invalid_input', `These files are larger than ${MAX_IMPORT_BATCH_BYTES / 1024 / 1024} MB together, the most Sourcebench imports in one batch; import fewer at a time.`);
  }
  return decoded;
}
