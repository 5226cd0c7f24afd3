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
import { writeNdjson } from './ndjson.ts';
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
  const table = (name: DataTable, sql: string, map: (row: Record<string, unknown>) => unknown = (row) => row): number => {
    const entry = zip.add(`${name}.ndjson`);
    const rows = db.prepare(sql).iterate() as IterableIterator<Record<string, unknown>>;
    const count = writeNdjson((line) => entry.write(line), mapRows(rows, map));
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
  counts.source_revisions = table(
    'source_revisions',
    `SELECT ${revisionColumns.map((c) => `r.${c}`).join(', ')}, r.original FROM source_revisions r
     JOIN selected_sources s ON s.id = r.source_id ORDER BY r.source_id, r.number`,
    ({ original, ...row }) => ({ ...row, original_sha256: original == null ? null : sha256(original as Buffer) }),
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
    `SELECT r.highlight_id, r.tag_id, r.created_at FROM highlight_tags r
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
    `SELECT r.event_id, r.entity_id, r.created_at FROM event_actors r
     JOIN selected_events e ON e.id = r.event_id JOIN selected_entities n ON n.id = r.entity_id`,
  );
  // A resolution may trust a source outside the selection; the bundle cannot point at what it does not carry.
  counts.discrepancy_resolutions = table(
    'discrepancy_resolutions',
    `${recordSelect('discrepancy_resolutions', 'selected_events', 'event_id')} ORDER BY r.id`,
    (row) => ({ ...row, trusted_source_id: row['trusted_selected'] === 1 ? row['trusted_source_id'] : null, trusted_selected: undefined }),
  );
  return counts;
}

/** Every record column plus the base this project last merged the record at, for the receiver's three-way check. */
function recordSelect(table: RecordTable, selectedTable: string, selectedBy = 'id'): string {
  const columns = recordColumns[table].map((c) => `r."${c}"`).join(', ');
  const extra = table === 'discrepancy_resolutions' ? ', (r.trusted_source_id IN (SELECT id FROM selected_sources)) AS trusted_selected' : '';
  return `SELECT ${columns}, b.theirs_sha256 AS base_sha256${extra} FROM ${table} r
    JOIN ${selectedTable} sel ON sel.id = r.${selectedBy}
    LEFT JOIN bundle_merge_bases b ON b.table_name = '${table}' AND b.record_id = r.id`;
}

function* mapRows(rows: Iterable<Record<string, unknown>>, map: (row: Record<string, unknown>) => unknown): Generator<unknown> {
  for (const row of rows) yield map(row);
}

function writeBlobs(db: Database.Database, zip: ZipFileWriter, prefix: string, sql: string): void {
  for (const row of db.prepare(sql).iterate() as IterableIterator<{ id: string; original: Buffer }>) {
    const entry = zip.add(`${prefix}${row.id}`, { level: 1 });
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
