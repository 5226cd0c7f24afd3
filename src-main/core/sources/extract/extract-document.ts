// The import extraction pipeline's front door: bytes in, normalized lines, flagged noise and
// metadata out. Checks size, emptiness, binary content and format, then hands off per format.

import { analyzeLines } from './analyze-lines.ts';
import { decodeBytes } from './decode-bytes.ts';
import { detectFormat } from './detect-format.ts';
import type { ExtractedDocument, SourceFormat } from './document-types.ts';
import { htmlToLines } from './html-to-lines.ts';
import { binaryFile, emptyFile, fileTooLarge, noReadableText, unsupportedFormat } from './import-errors.ts';
import { markdownToLines } from './markdown-to-lines.ts';
import { normalizeToLines } from './normalize-text.ts';
import type { FormatLines } from './text-blocks.ts';
import { MAX_IMPORT_BYTES } from '../../limits.ts';

export type { ExtractedDocument, ExtractedMetadata, RemovedLine, SourceFormat, SourceKind } from './document-types.ts';

export { MAX_IMPORT_BYTES } from '../../limits.ts';

/** Throws AppError (invalid_input / unsupported) with a one-line message naming the file. */
export function extractDocument(fileName: string, bytes: Uint8Array): ExtractedDocument {
  if (bytes.length > MAX_IMPORT_BYTES) throw fileTooLarge(fileName, bytes.length, MAX_IMPORT_BYTES);
  if (bytes.length === 0) throw emptyFile(fileName, false);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw binaryFile(fileName);
  if (decoded.text.trim() === '') throw emptyFile(fileName, true);
  const format = detectFormat(fileName, decoded.text);
  if (!format.ok) throw unsupportedFormat(fileName, format.description);

  const document = extractFormat(format.format, decoded.text);
  if (document.lines.every((line) => line.trim() === '')) throw noReadableText(fileName);
  return document;
}

function extractFormat(format: SourceFormat, text: string): ExtractedDocument {
  const prepared = format === 'html' ? htmlToLines(text) : format === 'markdown' ? markdownToLines(text) : plainTextLines(text);
  return { format, lines: prepared.lines, ...analyzeLines(prepared) };
}

// Plain text is already its own layout: every line of the file is a line of the document.
function plainTextLines(text: string): FormatLines {
  return { lines: normalizeToLines(text), removed: new Map(), protectedLines: new Set(), stated: {} };
}
