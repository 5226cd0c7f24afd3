// Writes a selection of the project as a .sbundle: each table streamed from
// stmt.iterate() into its NDJSON entry, the original bytes as entries of their
// own, then the manifest with every entry's size and SHA-256.

import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { appRoot } from '../project/app-root.ts';
import { now } from '../project/ids.ts';
import { bundleFormat, bundleFormatVersion, manifestPath, revisionOriginalPrefix, sourceOriginalPrefix, type Manifest } from './bundle-format.ts';
import { recordColumns, revisionColumns, type DataTable, type RecordTable } from './bundle-tables.ts';
import { withSelection, type Selection } from './selection.ts';
import { createZipWriter, type ZipFileWriter } from './zip-writer.ts';

export interface ExportedBundle {
  bytes: number;
  counts: Record<DataTable, number>;
}

export function exportBundle(db: Database.Database, selection: Selection, filePath: string): ExportedBundle {
  const zip = createZipWriter(filePath);
  try {
    const counts = withSelection(db, selection, () => writeEntries(db, zip));
    // The standalone report.html (src-main/core/bundles/report/, writeReport) is added here, before the manifest.
    const manifest: Manifest = {
      format: bundleFormat,
      formatVersion: bundleFormatVersion,
      appVersion: appVersion(),
      createdAt: now(),
      selection,
      counts,
      entries: [...zip.entries],
    };
    const entry = zip.add(manifestPath);
    entry.write(JSON.stringify(manifest, null, 2));
    entry.end();
    return { bytes: zip.finish(), counts };
  } catch (error) {
    zip.abandon();
    rmSync(filePath, { force: true });
    throw error;
  }
}

function writeEntries(db: Database.Database, zip: ZipFileWriter): Record<DataTable, number> {
  // SQLite writes each line (json_object), so no row becomes a JavaScript object on the way out.
  const table = (name: DataTable, sql: string, finish: (line: string, row: unknown[]) => string = (line) => line): number => {
    const entry = zip.add(`${name}.ndjson`);
    let count = 0;
    for (const row of db.prepare(sql).raw().iterate() as IterableIterator<unknown[]>) {
      entry.write(`${finish(row[0] as string, row)}\n`);
      count += 1;
    }
    entry.end();
    return count;
  };
  const counts = {} as Record<DataTable, number>;
  counts.tags = table(
    'tags',
    `WITH RECURSIVE depth (id, level) AS (
       SELECT id, 0 FROM tags WHERE parent_id IS NULL
       UNION ALL SELECT t.id, d.level + 1 FROM tags t JOIN depth d ON t.parent_id = d.id)
     ${recordSelect('tags', 'selected_tags')} JOIN depth d ON d.id = r.id ORDER BY d.level, r.id`,
  );
  counts.sources = table('sources', `${recordSelect('sources', 'selected_sources')} ORDER BY r.seq`);
  // The kept file's SHA-256 goes last on the line; SQLite has no SHA-256 of its own.
  counts.source_revisions = table(
    'source_revisions',
    `SELECT ${jsonObject(revisionColumns.map((c) => [c, `r."${c}"`]))}, r.original FROM source_revisions r
     JOIN selected_sources s ON s.id = r.source_id ORDER BY r.source_id, r.number`,
    (line, row) => `${line.slice(0, -1)},"original_sha256":${row[1] == null ? 'null' : `"${sha256(row[1] as Buffer)}"`}}`,
  );
  writeBlobs(db, zip, sourceOriginalPrefix, 'SELECT r.id, r.original FROM sources r JOIN selected_sources s ON s.id = r.id ORDER BY r.seq');
  writeBlobs(
    db, zip, revisionOriginalPrefix,
    `SELECT r.id, r.original FROM source_revisions r JOIN selected_sources s ON s.id = r.source_id
     WHERE r.original IS NOT NULL ORDER BY r.source_id, r.number`,
  );
  counts.highlights = table('highlights', `${recordSelect('highlights', 'selected_highlights')} ORDER BY r.source_id, r.start`);
  counts.highlight_tags = table(
    'highlight_tags',
    `SELECT ${jsonObject([['highlight_id', 'r.highlight_id'], ['tag_id', 'r.tag_id'], ['created_at', 'r.created_at']])} FROM highlight_tags r
     JOIN selected_highlights h ON h.id = r.highlight_id JOIN selected_tags t ON t.id = r.tag_id`,
  );
  counts.events = table('events', `${recordSelect('events', 'selected_events')} ORDER BY r.id`);
  counts.event_links = table(
    'event_links',
    `${recordSelect('event_links', 'selected_events', 'event_id')} JOIN selected_highlights h ON h.id = r.highlight_id ORDER BY r.id`,
  );
  counts.entities = table('entities', `${recordSelect('entities', 'selected_entities')} ORDER BY r.id`);
  counts.entity_aliases = table('entity_aliases', `${recordSelect('entity_aliases', 'selected_entities', 'entity_id')} ORDER BY r.id`);
  counts.event_actors = table(
    'event_actors',
    `SELECT ${jsonObject([['event_id', 'r.event_id'], ['entity_id', 'r.entity_id'], ['created_at', 'r.created_at']])} FROM event_actors r
     JOIN selected_events e ON e.id = r.event_id JOIN selected_entities n ON n.id = r.entity_id`,
  );
  counts.discrepancy_resolutions = table('discrepancy_resolutions', `${recordSelect('discrepancy_resolutions', 'selected_events', 'event_id')} ORDER BY r.id`);
  return counts;
}

/** Every record column plus the base this project last merged the record at, for the receiver's three-way check, as one JSON line. */
function recordSelect(table: RecordTable, selectedTable: string, selectedBy = 'id'): string {
  const fields = recordColumns[table].map((c): [string, string] => [c, `r."${c}"`]);
  if (table === 'discrepancy_resolutions') {
    // A resolution may trust a source outside the selection; the bundle cannot point at what it does not carry.
    const trusted = fields.findIndex(([c]) => c === 'trusted_source_id');
    fields[trusted] = ['trusted_source_id', 'CASE WHEN r.trusted_source_id IN (SELECT id FROM selected_sources) THEN r.trusted_source_id END'];
  }
  return `SELECT ${jsonObject([...fields, ['base_sha256', 'b.theirs_sha256']])} FROM ${table} r
    JOIN ${selectedTable} sel ON sel.id = r.${selectedBy}
    LEFT JOIN bundle_merge_bases b ON b.table_name = '${table}' AND b.record_id = r.id`;
}

function jsonObject(fields: readonly (readonly [string, string])[]): string {
  return `json_object(${fields.map(([key, value]) => `'${key}', ${value}`).join(', ')})`;
}

function writeBlobs(db: Database.Database, zip: ZipFileWriter, prefix: string, sql: string): void {
  for (const row of db.prepare(sql).iterate() as IterableIterator<{ id: string; original: Buffer }>) {
    const entry = zip.add(`${prefix}${row.id}`);
    entry.write(row.original);
    entry.end();
  }
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

let cachedVersion: string | null = null;

export function appVersion(): string {
  if (cachedVersion === null) {
    const manifest = JSON.parse(readFileSync(path.join(appRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    cachedVersion = typeof manifest.version === 'string' ? manifest.version : 'unknown';
  }
  return cachedVersion;
}
