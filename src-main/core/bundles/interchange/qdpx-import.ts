// Importing a REFI-QDA project (.qdpx) another tool wrote: its text sources
// become sources, its codes become tags (hierarchy kept; a code whose name a
// tag at the same place already has joins that tag), and its codings of text
// become highlights anchored through the anchoring engine. Pictures, PDFs,
// audio, video, whole-source codings and cases are counted as skipped.

import { AppError } from '../../api/errors.ts';
import { createTag } from '../../codebook/edit-codebook.ts';
import { CONTEXT_LENGTH } from '../../annotations/anchoring/index.ts';
import { currentText } from '../../annotations/source-text.ts';
import type { Project } from '../../project/project.ts';
import { importSource } from '../../sources/import-source.ts';
import { offsetConverter } from './code-points.ts';
import { emptySummary, skip, type ImportSummary } from './import-summary.ts';
import { placePassages, type IncomingPassage } from './place-passage.ts';
import { nearestTagColor } from './tag-colors.ts';
import { parseUntrustedXml, type XmlNode } from './xml-text.ts';
import { readZipEntries } from './zip-entries.ts';

export const MAX_QDPX_BYTES = 200 * 1024 * 1024;
const maxQdeBytes = 50 * 1024 * 1024;
const maxTagName = 200;
const maxTagDescription = 5000;

const repeated = new Set([
  'Code', 'TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource', 'PlainTextSelection', 'Coding', 'NoteRef', 'Note', 'Case', 'User', 'Set', 'Link', 'Graph', 'Variable',
]);
const otherSourceKinds: Record<string, string> = {
  PictureSource: 'a picture',
  PDFSource: 'a PDF',
  AudioSource: 'an audio recording',
  VideoSource: 'a video',
};

export function importQdpx(project: Project, bytes: Uint8Array): ImportSummary {
  const { db } = project;
  const zip = readZipEntries(bytes, 'The .qdpx file', (name) => isQde(name) || /^sources\/[^/]+\.txt$/iu.test(name), {
    maxEntries: 100_000,
    maxEntryBytes: maxQdeBytes,
    maxTotalBytes: 500 * 1024 * 1024,
  });
  const qdeName = zip.names.find(isQde);
  if (qdeName !== undefined && zip.tooLarge.has(qdeName)) throw new AppError('invalid_input', 'The project.qde inside the .qdpx is larger than 50 MB.');
  const qdeBytes = qdeName === undefined ? undefined : zip.files.get(qdeName);
  if (qdeBytes === undefined) throw new AppError('invalid_input', 'The .qdpx file has no project.qde at its top level.');
  const root = parseUntrustedXml(decodeUtf8(qdeBytes, 'project.qde'), 'The project.qde', repeated)['Project'];
  if (!isNode(root)) throw new AppError('invalid_input', 'The project.qde has no <Project> element at its root.');

  const summary = emptySummary('qdpx');
  const texts = new Map<string, Uint8Array>();
  for (const [name, data] of zip.files) if (!isQde(name)) texts.set(name.toLowerCase(), data);
  const tagsBefore = (db.prepare('SELECT count(*) AS n FROM tags').get() as { n: number }).n;
  const tagOfCode = importCodebook(project, root, summary);
  const notes = readNotes(root);

  const sources = child(root, 'Sources');
  for (const [kind, what] of Object.entries(otherSourceKinds)) {
    for (const node of list(sources?.[kind])) skip(summary, label(node, kind), `it is ${what}; Sourcebench imports text sources only`);
  }
  list(sources?.['TextSource']).forEach((node) => importTextSource(project, node, texts, zip.tooLarge, tagOfCode, notes, summary));
  for (const node of list(child(root, 'Cases')?.['Case'])) skip(summary, label(node, 'Case'), 'cases are not imported');
  summary.imported.tags = (db.prepare('SELECT count(*) AS n FROM tags').get() as { n: number }).n - tagsBefore;
  return summary;
}

function isQde(name: string): boolean {
  return name.toLowerCase() === 'project.qde';
}

/** Codes to tags, depth first; returns each code's guid with the tag it became. */
function importCodebook(project: Project, root: XmlNode, summary: ImportSummary): Map<string, string> {
  const tagOfCode = new Map<string, string>();
  const findTag = project.db.prepare('SELECT id FROM tags WHERE name = ? COLLATE NOCASE AND parent_id IS ? LIMIT 1');
  // Depth is bounded by the XML parser's nesting limit (parseUntrustedXml).
  const visit = (nodes: XmlNode[], parentTagId: string | null) => {
    for (const code of nodes) {
      const guid = attribute(code, 'guid');
      if (guid === null) {
        skip(summary, label(code, 'Code'), 'the code has no guid');
        continue;
      }
      // The same guid twice (a code inside itself, or a copy) would make a cycle; the first place wins.
      if (tagOfCode.has(guid)) {
        skip(summary, label(code, 'Code'), 'the same code appears twice in the codebook');
        continue;
      }
      const name = (attribute(code, 'name') ?? '').trim().slice(0, maxTagName) || 'Unnamed code';
      const existing = findTag.get(name, parentTagId) as { id: string } | undefined;
      const tagId =
        existing?.id ??
        createTag(project.db, {
          name,
          parentId: parentTagId,
          color: nearestTagColor(attribute(code, 'color') ?? undefined),
          description: textOf(code['Description']).slice(0, maxTagDescription),
        }).id;
      tagOfCode.set(guid, tagId);
      visit(list(code['Code']), tagId);
    }
  };
  visit(list(child(child(root, 'CodeBook'), 'Codes')?.['Code']), null);
  return tagOfCode;
}

function readNotes(root: XmlNode): Map<string, string> {
  const notes = new Map<string, string>();
  for (const note of list(child(root, 'Notes')?.['Note'])) {
    const guid = attribute(note, 'guid');
    const content = textOf(note['PlainTextContent']);
    if (guid !== null && content.trim() !== '') notes.set(guid, content);
  }
  return notes;
}

function importTextSource(
  project: Project,
  node: XmlNode,
  texts: ReadonlyMap<string, Uint8Array>,
  tooLarge: ReadonlySet<string>,
  tagOfCode: ReadonlyMap<string, string>,
  notes: ReadonlyMap<string, string>,
  summary: ImportSummary,
): void {
  const name = (attribute(node, 'name') ?? '').trim() || 'Imported text';
  const what = label(node, 'TextSource');
  const plain = sourceText(node, texts, tooLarge);
  if ('reason' in plain) return skip(summary, what, plain.reason);
  let outcome;
  try {
    outcome = importSource(project, { fileName: `${name.replace(/[\\/]/gu, '-').slice(0, 200)}.txt`, bytes: new TextEncoder().encode(plain.text), title: name });
  } catch (error) {
    if (error instanceof AppError) return skip(summary, what, error.message);
    throw error;
  }
  if (outcome.status === 'duplicate') summary.alreadyPresent.sources += 1;
  else summary.imported.sources += 1;
  const sourceId = outcome.source.id;
  const reading = currentText(project.db, sourceId).text;
  // Positions count characters of the file as written; the quote is then normalized as imports are.
  const original = plain.text;
  const convert = offsetConverter(original);
  const normalized = (part: string) => part.normalize('NFC').replace(/\r\n?/gu, '\n');

  for (const coding of list(node['Coding'])) skip(summary, label(coding, 'Coding'), 'it codes a whole source, not a passage');
  const passages: { id: string; passage: IncomingPassage }[] = [];
  for (const selection of list(node['PlainTextSelection'])) {
    const id = label(selection, 'PlainTextSelection');
    const start = convert.toUtf16(integer(attribute(selection, 'startPosition')));
    const end = convert.toUtf16(integer(attribute(selection, 'endPosition')));
    if (start === null || end === null || end <= start) {
      skip(summary, id, `its positions ${attribute(selection, 'startPosition')}..${attribute(selection, 'endPosition')} are not a passage of the source's text`);
      continue;
    }
    const tagIds: string[] = [];
    for (const coding of list(selection['Coding'])) {
      const codeGuid = attribute(child(coding, 'CodeRef'), 'targetGUID');
      const tagId = codeGuid === null ? undefined : tagOfCode.get(codeGuid);
      if (tagId === undefined) skip(summary, label(coding, 'Coding'), 'it refers to a code that is not in the codebook');
      else if (!tagIds.includes(tagId)) tagIds.push(tagId);
    }
    const noteParts = [textOf(selection['Description']), ...list(selection['NoteRef']).map((ref) => notes.get(attribute(ref, 'targetGUID') ?? '') ?? '')];
    passages.push({
      id,
      passage: {
        sourceId,
        text: reading,
        quote: {
          exact: normalized(original.slice(start, end)),
          prefix: normalized(original.slice(Math.max(0, start - CONTEXT_LENGTH), start)),
          suffix: normalized(original.slice(end, end + CONTEXT_LENGTH)),
        },
        // The imported text is normalized on the way in; its offsets only hint at the place.
        position: { start, end },
        note: noteParts.filter((part) => part.trim() !== '').join('\n\n'),
        tagIds,
        tagNames: [],
      },
    });
  }
  placePassages(project.db, passages.map((p) => p.passage)).forEach((placement, i) => {
    const { id, passage } = passages[i] ?? { id: '', passage: null };
    if (placement.placed) {
      summary.imported.highlights += 1;
      if (placement.status === 'fuzzy') summary.imported.fuzzy += 1;
      if (passage?.note !== '') summary.imported.notes += 1;
    } else if (placement.existingHighlightId !== undefined) summary.alreadyPresent.highlights += 1;
    else skip(summary, id, placement.reason);
  });
}

function sourceText(node: XmlNode, texts: ReadonlyMap<string, Uint8Array>, tooLarge: ReadonlySet<string>): { text: string } | { reason: string } {
  if (node['PlainTextContent'] !== undefined) return { text: textOf(node['PlainTextContent']) };
  const path = attribute(node, 'plainTextPath');
  if (path === null) {
    return attribute(node, 'richTextPath') !== null ? { reason: 'its text is only rich text (DOCX), which Sourcebench does not read' } : { reason: 'it has no text' };
  }
  const internal = /^internal:\/\/(.+)$/iu.exec(path);
  if (internal === null) return { reason: `its text is in a file outside the .qdpx (${path.slice(0, 200)})` };
  const entry = `sources/${internal[1]}`;
  if ([...tooLarge].some((name) => name.toLowerCase() === entry.toLowerCase())) return { reason: `its text file is larger than ${maxQdeBytes / 1024 / 1024} MB` };
  const data = texts.get(entry.toLowerCase());
  if (data === undefined) return { reason: `its text file ${entry.slice(0, 200)} is not in the .qdpx` };
  try {
    return { text: decodeUtf8(data, entry) };
  } catch (error) {
    if (error instanceof AppError) return { reason: error.message };
    throw error;
  }
}

function decodeUtf8(data: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new AppError('invalid_input', `${what} is not UTF-8 text.`);
  }
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const value = node?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return isNode(first) ? first : undefined;
}

function list(value: unknown): XmlNode[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(isNode);
}

function attribute(node: XmlNode | undefined, name: string): string | null {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value : null;
}

/** The text of an element that may have come back as a string, a node with #text, or a list. */
function textOf(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  if (isNode(first) && typeof first['#text'] === 'string') return first['#text'];
  return '';
}

function integer(value: string | null): number {
  return value !== null && /^\s*\d{1,15}\s*$/u.test(value) ? Number(value) : Number.NaN;
}

function label(node: XmlNode, kind: string): string {
  const name = attribute(node, 'name');
  const guid = attribute(node, 'guid');
  return `${kind} ${name !== null && name.trim() !== '' ? `"${name.slice(0, 80)}"` : (guid ?? '(no guid)')}`;
}
