// Three triggers run for every inserted highlight: its search index entry,
// its source's highlight_count and the project's highlight_total. Row by row
// they cost most of a merge (FTS5 alone about 200 µs a highlight; the same
// work done set-wise is ten times cheaper). While a merge adds highlights they
// are dropped, the added ids gathered, and their effects applied per batch;
// then the triggers are created again from their own SQL. All of it runs in
// the operation's transaction, so a refusal rolls the triggers back as well.
// A highlight changed before its batch is applied (the same id twice in a
// bundle) needs nothing more: the update trigger finds no search key for it
// yet, and the batch indexes the row as it then is.
//
// Only triggers whose text is exactly the one below are deferred: if a
// migration changes one, the merge keeps the row-by-row path (correct, slower)
// until this file is updated to match.

import type Database from 'better-sqlite3';

const deferred: Record<string, string> = {
  highlights_fts_insert: `CREATE TRIGGER highlights_fts_insert AFTER INSERT ON highlights BEGIN
  INSERT INTO highlight_search_keys (highlight_id) VALUES (NEW.id);
  INSERT INTO highlights_fts (rowid, exact, note)
    SELECT seq, NEW.exact, NEW.note FROM highlight_search_keys WHERE highlight_id = NEW.id;
END`,
  highlights_count_insert: `CREATE TRIGGER highlights_count_insert AFTER INSERT ON highlights BEGIN
  UPDATE sources SET highlight_count = highlight_count + 1 WHERE id = NEW.source_id;
END`,
  highlight_total_insert: `CREATE TRIGGER highlight_total_insert AFTER INSERT ON highlights BEGIN
  UPDATE highlight_total SET highlights = highlights + 1 WHERE id = 1;
END`,
};

/** The same effects as the triggers above, for a JSON array of highlight ids. */
const batchEffects = [
  'INSERT INTO highlight_search_keys (highlight_id) SELECT value FROM json_each(?)',
  `INSERT INTO highlights_fts (rowid, exact, note)
   SELECT k.seq, h.exact, h.note FROM json_each(?) j JOIN highlight_search_keys k ON k.highlight_id = j.value JOIN highlights h ON h.id = j.value`,
  `UPDATE sources SET highlight_count = highlight_count + c.n
   FROM (SELECT h.source_id, count(*) AS n FROM json_each(?) j JOIN highlights h ON h.id = j.value GROUP BY h.source_id) c
   WHERE sources.id = c.source_id`,
  'UPDATE highlight_total SET highlights = highlights + json_array_length(?) WHERE id = 1',
];

/** Applied every this many highlights, so the pending ids stay small. */
const batchSize = 5_000;

export interface DeferredHighlightTriggers {
  /** A highlight was inserted: its trigger effects are owed. */
  added(id: string): void;
  /** Applies what is owed and creates the triggers again. */
  finish(): void;
  /** Creates the triggers again without applying anything (after a failure, which rolls back anyway). */
  abandon(): void;
}

/** Whether the project's insert triggers on highlights are exactly the ones this file knows how to defer. */
export function canDeferHighlightTriggers(db: Database.Database): boolean {
  const rows = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'highlights' AND sql LIKE '%AFTER INSERT ON highlights%'`)
    .all() as { name: string; sql: string }[];
  const known = rows.filter((row) => deferred[row.name] !== undefined && normalised(deferred[row.name] as string) === normalised(row.sql));
  return known.length === Object.keys(deferred).length;
}

/** Drops the triggers and returns what settles their effects, or null when they cannot be deferred (see above). */
export function deferHighlightTriggers(db: Database.Database): DeferredHighlightTriggers | null {
  if (!canDeferHighlightTriggers(db)) return null;
  for (const name of Object.keys(deferred)) db.exec(`DROP TRIGGER ${name}`);
  let ids = new Set<string>();
  let open = true;
  const recreate = () => {
    if (!open) return;
    open = false;
    for (const sql of Object.values(deferred)) db.exec(sql);
  };
  const flush = () => {
    if (ids.size === 0) return;
    const list = JSON.stringify([...ids]);
    ids = new Set();
    for (const sql of batchEffects) db.prepare(sql).run(list);
  };
  return {
    added(id) {
      ids.add(id);
      if (ids.size >= batchSize) flush();
    },
    finish() {
      flush();
      recreate();
    },
    abandon: recreate,
  };
}

function normalised(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim();
}
