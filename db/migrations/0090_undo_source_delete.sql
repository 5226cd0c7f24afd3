-- Deleting a source (and an import that created sources) is undoable.
-- The source's rows move here instead of into undo_log's JSON row images: the
-- original bytes are BLOBs, which JSON cannot carry as they are, and a text
-- copied into every undo entry would double the project's size. The rows stay
-- while the undo entry that moved them exists (undo_seq; NULL only while that
-- entry is being recorded); pruning the entry purges them. The highlights,
-- tags, event links and resolutions that went with the source are captured by
-- the ordinary triggers into the same entry (src-main/core/history/source-archive.ts).
-- Keep the columns in step with sources and source_revisions (a test checks).

CREATE TABLE deleted_sources (
  archive_id       INTEGER PRIMARY KEY,
  undo_seq         INTEGER REFERENCES undo_log (seq) ON DELETE CASCADE,
  seq              INTEGER NOT NULL,
  id               TEXT NOT NULL,
  title            TEXT NOT NULL,
  author           TEXT,
  publisher        TEXT,
  published_at     TEXT,
  url              TEXT,
  kind             TEXT,
  language         TEXT,
  format           TEXT NOT NULL,
  file_name        TEXT,
  original         BLOB NOT NULL,
  original_sha256  TEXT NOT NULL,
  text_sha256      TEXT NOT NULL,
  current_revision_id TEXT,
  highlight_count  INTEGER NOT NULL,
  imported_at      TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);

CREATE INDEX deleted_sources_undo_seq ON deleted_sources (undo_seq, id);

CREATE TABLE deleted_source_revisions (
  archive_id    INTEGER NOT NULL REFERENCES deleted_sources (archive_id) ON DELETE CASCADE,
  id            TEXT NOT NULL,
  source_id     TEXT NOT NULL,
  number        INTEGER NOT NULL,
  lines         TEXT NOT NULL,
  removed_lines TEXT NOT NULL,
  text          TEXT NOT NULL,
  original      BLOB,
  reason        TEXT NOT NULL,
  created_at    TEXT NOT NULL
);

CREATE INDEX deleted_source_revisions_archive ON deleted_source_revisions (archive_id);

-- A source's undo image is its id alone; the row itself is in deleted_sources.
-- AFTER DELETE runs after the cascade, so undo (newest first) brings the
-- source back before the highlights that need it.
CREATE TRIGGER sources_undo_insert AFTER INSERT ON sources
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('sources', NULL, json_object('id', NEW."id"));
END;

CREATE TRIGGER sources_undo_delete AFTER DELETE ON sources
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('sources', json_object('id', OLD."id"), NULL);
END;
