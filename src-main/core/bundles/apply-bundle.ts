// The second pass over a verified bundle: every line merged into the project
// in the order the bundle is written (parents first), then the sources' current
// revisions set and the highlights whose text moved re-anchored. A preview runs
// the very same pass inside a savepoint it rolls back, so what it shows is
// exactly what a merge would do.

import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../api/errors.ts';
import { reanchorSourceHighlights } from '../annotations/reanchor-source.ts';
import { assembleReadingText } from '../sources/extract/reading-text.ts';
import { revisionOriginalPrefix, sourceOriginalPrefix, type BundleLimits, type Manifest } from './bundle-format.ts';
import { dataFiles, recordTables, type DataTable, type HighlightLine, type RevisionLine, type SourceLine } from './bundle-tables.ts';
import { deferHighlightTriggers, type DeferredHighlightTriggers } from './deferred-highlight-triggers.ts';
import { createRecordMerger, type MergeResult, type RecordMerger, type Row } from './merge-records.ts';
import type { Choice, MergeReport, TableTally } from './merge-types.ts';
import { ndjsonSink } from './ndjson.ts';
import { recordHash } from './record-hash.ts';
import { statement } from '../project/statements.ts';
import { bundleError, readZipEntries, type ZipEntrySink } from './zip-reader.ts';

interface SourceState {
  localId: string;
  kind: 'merged' | 'recognised';
  /** The bundle's current revision of the source, and the local one before this merge. */
  theirCurrent: string | null;
  localCurrentBefore: string | null;
  /** Whether the bundle's row now describes the local source (added or taken), so its current revision and original apply. */
  takeTheirs: boolean;
  originalSha256: string;
  /** Recognised sources: SHA-256 of the local reading text and of the bundle's current one. */
  localTextSha?: string;
  theirTextSha?: string;
}

export function applyBundle(
  db: Database.Database,
  filePath: string,
  manifest: Manifest,
  limits: BundleLimits,
  choicesMade: Readonly<Record<string, Choice>> | null,
): MergeReport {
  const report = emptyReport(manifest);
  const merger = createRecordMerger(db, report, choicesMade);
  const sources = new Map<string, SourceState>();
  const awaitingOriginals = new Map<string, string>();
  const awaitingRevisionOriginals = new Map<string, string>();
  db.exec('CREATE TEMP TABLE IF NOT EXISTS bundle_reanchor (id TEXT PRIMARY KEY) WITHOUT ROWID');
  db.exec('DELETE FROM temp.bundle_reanchor');
  const context: Context = { db, report, merger, sources, awaitingOriginals, awaitingRevisionOriginals, skippedRevisions: new Set(), deferred: null, revisionLengths: new Map() };
  try {
    readZipEntries(filePath, limits, (name) => sinkFor(name, context, limits));
    for (const [sourceId] of awaitingOriginals) {
      throw bundleError(`The original file of source ${sourceId} is missing (${sourceOriginalPrefix}${sourceId}).`, `${sourceOriginalPrefix}${sourceId}`);
    }
    for (const [revisionId] of awaitingRevisionOriginals) {
      throw bundleError(`The file kept with revision ${revisionId} is missing.`, `${revisionOriginalPrefix}${revisionId}`);
    }
    setCurrentRevisions(db, sources);
    reanchorMoved(context);
    if (choicesMade !== null && merger.missingChoices.length > 0) {
      const n = merger.missingChoices.length;
      throw new AppError('conflict', `${n} conflict${n === 1 ? '' : 's'} need${n === 1 ? 's' : ''} a choice (ours, theirs or both) before merging; nothing was changed.`, {
        conflicts: merger.missingChoices,
      });
    }
    return report;
  } finally {
    context.deferred?.abandon();
    db.exec('DROP TABLE IF EXISTS temp.bundle_reanchor');
  }
}

interface Context {
  db: Database.Database;
  report: MergeReport;
  merger: RecordMerger;
  sources: Map<string, SourceState>;
  awaitingOriginals: Map<string, string>;
  awaitingRevisionOriginals: Map<string, string>;
  /** Revisions of recognised sources, which stay the sender's history and are not merged. */
  skippedRevisions: Set<string>;
  /** While the highlights entry is read, their insert triggers' effects are applied in batches. */
  deferred: DeferredHighlightTriggers | null;
  /** Revision text lengths in UTF-16 units (the offsets' unit; SQLite's length() counts code points). */
  revisionLengths: Map<string, number | null>;
}

function sinkFor(name: string, context: Context, limits: BundleLimits): ZipEntrySink {
  const file = dataFiles.find((f) => f.path === name);
  if (file !== undefined) {
    const handle = lineHandlers[file.table];
    const sink = ndjsonSink(name, file.schema as z.ZodType<Row>, limits.lineBytes, (record, line) => handle(record, context, { entry: name, line }));
    if (file.table !== 'highlights') return sink;
    context.deferred = deferHighlightTriggers(context.db);
    return {
      data: sink.data,
      end() {
        sink.end();
        context.deferred?.finish();
        context.deferred = null;
      },
    };
  }
  if (name.startsWith(sourceOriginalPrefix)) return blobSink((bytes) => applySourceOriginal(name, name.slice(sourceOriginalPrefix.length), bytes, context));
  if (name.startsWith(revisionOriginalPrefix)) return blobSink((bytes) => applyRevisionOriginal(name, name.slice(revisionOriginalPrefix.length), bytes, context));
  // manifest.json was read in the first pass; report.html is for people, not for merging.
  return { data() {}, end() {} };
}

function blobSink(done: (bytes: Buffer) => void): ZipEntrySink {
  const chunks: Uint8Array[] = [];
  return {
    data: (chunk) => chunks.push(chunk.slice()),
    end: () => done(Buffer.concat(chunks)),
  };
}

interface Where {
  entry: string;
  line: number;
}

type LineHandler = (record: Row, context: Context, where: Where) => void;

const lineHandlers: Record<DataTable, LineHandler> = {
  tags(record, { db, merger }, where) {
    if (record['parent_id'] !== null) requireRow(db, 'tags', record['parent_id'], where, 'parent tag');
    mergeSimple(merger, 'tags', record);
  },
  sources: (record, context) => mergeSource(record as SourceLine & Row, context),
  source_revisions: (record, context, where) => mergeRevision(record as RevisionLine & Row, context, where),
  highlights: (record, context, where) => mergeHighlight(record as HighlightLine & Row, context, where),
  highlight_tags(record, { db, report }, where) {
    requireRow(db, 'highlights', record['highlight_id'], where, 'highlight');
    requireRow(db, 'tags', record['tag_id'], where, 'tag');
    const added = statement(db, 'INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id, created_at) VALUES (?, ?, ?)').run(
      record['highlight_id'], record['tag_id'], record['created_at'],
    ).changes;
    tallyUnion(report.tallies.highlight_tags, added);
  },
  events: (record, { merger }) => mergeSimple(merger, 'events', record),
  event_links(record, { db, merger }, where) {
    requireRow(db, 'highlights', record['highlight_id'], where, 'highlight');
    requireRow(db, 'events', record['event_id'], where, 'event');
    mergeSimple(merger, 'event_links', record);
  },
  entities: (record, { merger }) => mergeSimple(merger, 'entities', record),
  entity_aliases(record, { db, merger }, where) {
    requireRow(db, 'entities', record['entity_id'], where, 'entity');
    mergeSimple(merger, 'entity_aliases', record);
  },
  event_actors(record, { db, report }, where) {
    requireRow(db, 'events', record['event_id'], where, 'event');
    requireRow(db, 'entities', record['entity_id'], where, 'entity');
    const added = statement(db, 'INSERT OR IGNORE INTO event_actors (event_id, entity_id, created_at) VALUES (?, ?, ?)').run(
      record['event_id'], record['entity_id'], record['created_at'],
    ).changes;
    tallyUnion(report.tallies.event_actors, added);
  },
  discrepancy_resolutions(record, context, where) {
    requireRow(context.db, 'events', record['event_id'], where, 'event');
    const trusted = record['trusted_source_id'];
    const translated = { ...record, trusted_source_id: trusted === null ? null : localSourceId(context, String(trusted), where) };
    context.merger.merge('discrepancy_resolutions', translated, recordHash('discrepancy_resolutions', record), baseOf(record));
  },
};

function mergeSimple(merger: RecordMerger, table: (typeof recordTables)[number], record: Row): void {
  merger.merge(table, record, recordHash(table, record), baseOf(record));
}

function baseOf(record: Row): string | null {
  const base = record['base_sha256'];
  return typeof base === 'string' ? base : null;
}

function tallyUnion(tally: TableTally, added: number): void {
  if (added > 0) tally.added += 1;
  else tally.unchanged += 1;
}

function requireRow(db: Database.Database, table: string, id: unknown, where: Where, what: string): void {
  if (statement(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined) {
    throw bundleError(
      `Line ${where.line} of ${where.entry} refers to ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} (${String(id)}) that is neither in the bundle nor in this project.`,
      where.entry,
      where.line,
    );
  }
}

/** A highlight's offsets must fall inside the text of the revision it was placed on (when that revision is here to check). */
function requireInsideRevision({ db, revisionLengths }: Context, record: HighlightLine, where: Where): void {
  if (record.revision_id === null || record.end === null) return;
  let length = revisionLengths.get(record.revision_id);
  if (length === undefined) {
    const row = statement(db, 'SELECT text FROM source_revisions WHERE id = ?').get(record.revision_id) as { text: string } | undefined;
    length = row === undefined ? null : row.text.length;
    revisionLengths.set(record.revision_id, length);
  }
  if (length !== null && record.end > length) {
    throw bundleError(
      `Line ${where.line} of ${where.entry} places a highlight at ${record.start ?? 0}–${record.end}, outside its source's text (${length} characters).`,
      where.entry,
      where.line,
    );
  }
}

function localSourceId(context: Context, bundleSourceId: string, where: Where): string {
  const known = context.sources.get(bundleSourceId);
  if (known !== undefined) return known.localId;
  requireRow(context.db, 'sources', bundleSourceId, where, 'source');
  return bundleSourceId;
}

function currentRevisionOf(db: Database.Database, sourceId: string): string | null {
  const row = statement(db, 'SELECT current_revision_id AS id FROM sources WHERE id = ?').get(sourceId) as { id: string | null } | undefined;
  return row?.id ?? null;
}

function mergeSource(record: SourceLine & Row, context: Context): void {
  const { db, merger, sources, report } = context;
  const exists = statement(db, 'SELECT 1 FROM sources WHERE id = ?').get(record.id) !== undefined;
  if (!exists) {
    // The same document imported separately by someone else: their highlights join ours.
    const same = statement(db, 'SELECT id, title FROM sources WHERE original_sha256 = ? OR text_sha256 = ? ORDER BY original_sha256 = ? DESC LIMIT 1')
      .get(record.original_sha256, record.text_sha256, record.original_sha256) as { id: string; title: string } | undefined;
    if (same !== undefined) {
      const current = currentRevisionOf(db, same.id);
      const text = statement(db, 'SELECT text FROM source_revisions WHERE id = ?').get(current) as { text: string } | undefined;
      sources.set(record.id, {
        localId: same.id, kind: 'recognised', theirCurrent: record.current_revision_id, localCurrentBefore: current,
        takeTheirs: false, originalSha256: record.original_sha256, localTextSha: sha256(text?.text ?? ''),
      });
      report.recognisedSources.push({ bundleId: record.id, localId: same.id, title: same.title, textDiffers: false });
      report.tallies.sources.unchanged += 1;
      return;
    }
  }
  const localCurrentBefore = exists ? currentRevisionOf(db, record.id) : null;
  const result = merger.merge('sources', record, recordHash('sources', record), baseOf(record), {
    columnsLater: ['current_revision_id'],
    insertExtra: { original: Buffer.alloc(0) },
  });
  const takeTheirs = result.outcome === 'added' || result.outcome === 'updated';
  sources.set(record.id, {
    localId: result.localId, kind: 'merged', theirCurrent: record.current_revision_id, localCurrentBefore, takeTheirs,
    originalSha256: record.original_sha256,
  });
  if (result.outcome === 'added') context.awaitingOriginals.set(record.id, record.original_sha256);
}

function mergeRevision(record: RevisionLine & Row, context: Context, where: Where): void {
  const { db, report } = context;
  const source = context.sources.get(record.source_id);
  checkRevisionText(record, where);
  if (source?.kind === 'recognised') {
    // Their copy of a document we already hold: its history stays theirs; only its text matters, to place their highlights.
    if (record.id === source.theirCurrent) source.theirTextSha = sha256(record.text);
    context.skippedRevisions.add(record.id);
    report.tallies.source_revisions.unchanged += 1;
    return;
  }
  const sourceId = localSourceId(context, record.source_id, where);
  if (statement(db, 'SELECT 1 FROM source_revisions WHERE id = ?').get(record.id) !== undefined) {
    report.tallies.source_revisions.unchanged += 1;
    return;
  }
  // Both sides revised the same source: theirs goes after ours in its history.
  const taken = statement(db, 'SELECT 1 FROM source_revisions WHERE source_id = ? AND number = ?').get(sourceId, record.number) !== undefined;
  const number = taken
    ? (statement(db, 'SELECT MAX(number) + 1 AS n FROM source_revisions WHERE source_id = ?').get(sourceId) as { n: number }).n
    : record.number;
  statement(db, 
    `INSERT INTO source_revisions (id, source_id, number, lines, removed_lines, text, original, reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  ).run(record.id, sourceId, number, record.lines, record.removed_lines, record.text, record.reason, record.created_at);
  if (record.original_sha256 !== null) context.awaitingRevisionOriginals.set(record.id, record.original_sha256);
  report.tallies.source_revisions.added += 1;
}

const revisionLines = z.array(z.string());
const removedLines = z.array(z.object({ line: z.number().int().min(0), reason: z.string() }));

/** The reading text is derived from the lines; a bundle whose two disagree would misplace every highlight. */
function checkRevisionText(record: RevisionLine, where: Where): void {
  let lines: unknown;
  let removed: unknown;
  try {
    lines = JSON.parse(record.lines);
    removed = JSON.parse(record.removed_lines);
  } catch {
    throw bundleError(`Line ${where.line} of ${where.entry}: the revision's lines are not valid JSON.`, where.entry, where.line);
  }
  const parsedLines = revisionLines.safeParse(lines);
  const parsedRemoved = removedLines.safeParse(removed);
  if (!parsedLines.success || !parsedRemoved.success) {
    throw bundleError(`Line ${where.line} of ${where.entry}: the revision's lines are not a list of lines.`, where.entry, where.line);
  }
  if (assembleReadingText(parsedLines.data, new Set(parsedRemoved.data.map((r) => r.line))) !== record.text) {
    throw bundleError(`Line ${where.line} of ${where.entry}: the revision's text does not match its lines.`, where.entry, where.line);
  }
}

function mergeHighlight(record: HighlightLine & Row, context: Context, where: Where): void {
  const { db } = context;
  requireInsideRevision(context, record, where);
  const source = context.sources.get(record.source_id);
  if (source?.kind === 'recognised') {
    const current = source.localCurrentBefore;
    const sameText = source.theirTextSha !== undefined && source.theirTextSha === source.localTextSha && record.revision_id === source.theirCurrent;
    const result = mergeHighlightRow(context, record, { ...record, source_id: source.localId, revision_id: current });
    if (!sameText && (result.outcome === 'added' || result.outcome === 'updated')) markForReanchor(db, result.localId);
    if (!sameText && result.copyId !== undefined) markForReanchor(db, result.copyId);
    if (!sameText) {
      const recognised = context.report.recognisedSources.find((r) => r.bundleId === record.source_id);
      if (recognised) recognised.textDiffers = true;
    }
    return;
  }
  const sourceId = localSourceId(context, record.source_id, where);
  if (record.revision_id !== null) requireRow(db, 'source_revisions', record.revision_id, where, 'source revision');
  mergeHighlightRow(context, record, { ...record, source_id: sourceId });
}

/** Merges a highlight translated to local ids, owing the insert triggers' effects for what it adds. */
function mergeHighlightRow({ merger, deferred }: Context, record: HighlightLine & Row, translated: Row): MergeResult {
  const result = merger.merge('highlights', translated, recordHash('highlights', record), baseOf(record));
  if (result.outcome === 'added') deferred?.added(result.localId);
  if (result.copyId !== undefined) deferred?.added(result.copyId);
  return result;
}

function markForReanchor(db: Database.Database, highlightId: string): void {
  statement(db, 'INSERT OR IGNORE INTO temp.bundle_reanchor (id) VALUES (?)').run(highlightId);
}

function applySourceOriginal(entry: string, sourceId: string, bytes: Buffer, context: Context): void {
  const source = context.sources.get(sourceId);
  if (source === undefined) throw bundleError(`The bundle holds an original file (${entry}) for a source it does not carry.`, entry);
  if (sha256(bytes) !== source.originalSha256) throw bundleError(`The original file ${entry} does not match its source's SHA-256.`, entry);
  context.awaitingOriginals.delete(sourceId);
  if (!source.takeTheirs) return;
  statement(context.db, 'UPDATE sources SET original = ? WHERE id = ? AND original_sha256 = ?').run(bytes, source.localId, source.originalSha256);
}

function applyRevisionOriginal(entry: string, revisionId: string, bytes: Buffer, context: Context): void {
  const expected = context.awaitingRevisionOriginals.get(revisionId);
  if (expected === undefined) {
    if (context.skippedRevisions.has(revisionId)) return;
    const known = statement(context.db, 'SELECT 1 FROM source_revisions WHERE id = ?').get(revisionId) !== undefined;
    if (known) return;
    throw bundleError(`The bundle holds a file (${entry}) for a revision it does not carry.`, entry);
  }
  if (sha256(bytes) !== expected) throw bundleError(`The file ${entry} does not match its revision's SHA-256.`, entry);
  context.awaitingRevisionOriginals.delete(revisionId);
  statement(context.db, 'UPDATE source_revisions SET original = ? WHERE id = ?').run(bytes, revisionId);
}

/** One statement per batch: the search index takes a source's text far faster inside one statement than one row per statement. */
function setCurrentRevisions(db: Database.Database, sources: Map<string, SourceState>): void {
  const set = statement(
    db,
    `UPDATE sources SET current_revision_id = j.value ->> 1 FROM json_each(?) j
     WHERE sources.id = j.value ->> 0 AND sources.current_revision_id IS NOT j.value ->> 1`,
  );
  let batch: [string, string | null][] = [];
  const flush = () => {
    if (batch.length > 0) set.run(JSON.stringify(batch));
    batch = [];
  };
  for (const source of sources.values()) {
    if (source.kind === 'merged' && source.takeTheirs) batch.push([source.localId, source.theirCurrent]);
    if (batch.length >= 5_000) flush();
  }
  flush();
}

/**
 * Re-anchors what the merge moved: highlights that sat on a source's current
 * text (here before, or at the sender) when that source now shows another
 * revision, and the bundle's highlights on recognised sources whose text differs.
 * Highlights already stale on either side are left as they were.
 */
function reanchorMoved({ db, sources, report, merger }: Context): void {
  const byLocalSource = new Map<string, string[]>();
  const add = (sourceId: string, ids: readonly string[]) => {
    if (ids.length > 0) byLocalSource.set(sourceId, [...(byLocalSource.get(sourceId) ?? []), ...ids]);
  };
  const stale = statement(db, 
    `SELECT h.id FROM highlights h JOIN sources s ON s.id = h.source_id
     WHERE h.source_id = ? AND h.revision_id IS NOT s.current_revision_id AND (h.revision_id = ? OR h.revision_id = ?)`,
  );
  for (const source of sources.values()) {
    if (source.kind !== 'merged') continue;
    add(source.localId, (stale.all(source.localId, source.localCurrentBefore, source.theirCurrent) as { id: string }[]).map((r) => r.id));
  }
  const marked = statement(db, 'SELECT h.source_id AS sourceId, h.id FROM temp.bundle_reanchor m JOIN highlights h ON h.id = m.id').all() as { sourceId: string; id: string }[];
  for (const row of marked) add(row.sourceId, [row.id]);
  for (const [sourceId, ids] of byLocalSource) {
    const unique = [...new Set(ids)];
    const summary = reanchorSourceHighlights(db, sourceId, { onlyIds: unique });
    for (const status of Object.keys(summary) as (keyof typeof summary)[]) report.reanchored[status] += summary[status];
    for (const id of unique) merger.refreshBase('highlights', id);
  }
}

function emptyReport(manifest: Manifest): MergeReport {
  const tallies = {} as Record<DataTable, TableTally>;
  for (const file of dataFiles) tallies[file.table] = { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
  return {
    bundle: { appVersion: manifest.appVersion, createdAt: manifest.createdAt, selection: manifest.selection, counts: manifest.counts },
    tallies,
    conflicts: [],
    recognisedSources: [],
    warnings: [],
    copies: 0,
    reanchored: { anchored: 0, moved: 0, fuzzy: 0, orphaned: 0 },
  };
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
