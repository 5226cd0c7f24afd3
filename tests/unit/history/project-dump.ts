// Every row of every table a user's work lives in (original bytes included), so a test can say
// "undo left the project exactly as it was". Rows are ordered by content: rowids are no data.

import type { Core } from '../../../src-main/core/core.ts';

const userTables = [
  'sources',
  'source_revisions',
  'highlights',
  'highlight_tags',
  'tags',
  'highlight_total',
  'events',
  'event_links',
  'discrepancy_resolutions',
  'bundle_merge_bases',
];

export function projectDump(core: Core): Record<string, unknown[]> {
  const db = core.project.db;
  const byContent = (rows: unknown[]) =>
    rows
      .map((row) => [JSON.stringify(row), row] as const)
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([, row]) => row);
  const tables: Record<string, unknown[]> = {};
  for (const table of userTables) tables[table] = byContent(db.prepare(`SELECT * FROM ${table}`).all());
  // A tag's counter row stays behind at 0 when its last highlight goes (as with any delete); 0 and no row read the same.
  tables['tag_highlight_counts'] = byContent(db.prepare('SELECT * FROM tag_highlight_counts WHERE highlights <> 0').all());
  // Search keys' own numbers may change; which highlights are searchable may not.
  tables['highlight_search_keys'] = db.prepare('SELECT highlight_id FROM highlight_search_keys ORDER BY highlight_id').all();
  return tables;
}

/** Throws unless the full-text indexes agree with the rows they index. */
export function checkSearchIndexes(core: Core): void {
  for (const fts of ['sources_fts', 'highlights_fts']) core.project.db.prepare(`INSERT INTO ${fts} (${fts}) VALUES ('integrity-check')`).run();
}

export function heldSources(core: Core): number {
  return (core.project.db.prepare('SELECT count(*) AS n FROM deleted_sources').get() as { n: number }).n;
}
