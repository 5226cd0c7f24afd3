-- Highlights with W3C Web Annotation selectors (text position + text quote),
-- a codebook of tags in a hierarchy, and the links between them.

CREATE TABLE highlights (
  id          TEXT PRIMARY KEY,
  source_id   TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  revision_id TEXT REFERENCES source_revisions (id) ON DELETE SET NULL,
  start       INTEGER CHECK (start IS NULL OR start >= 0),
  "end"       INTEGER CHECK ("end" IS NULL OR "end" > start),
  exact       TEXT NOT NULL,
  prefix      TEXT NOT NULL DEFAULT '',
  suffix      TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'moved', 'fuzzy', 'orphaned')),
  color       TEXT NOT NULL DEFAULT 'yellow',
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE INDEX highlights_source_start ON highlights (source_id, start);
CREATE INDEX highlights_status ON highlights (status, created_at);
CREATE INDEX highlights_created_at ON highlights (created_at);

CREATE TRIGGER highlights_count_insert AFTER INSERT ON highlights BEGIN
  UPDATE sources SET highlight_count = highlight_count + 1 WHERE id = NEW.source_id;
END;
CREATE TRIGGER highlights_count_delete AFTER DELETE ON highlights BEGIN
  UPDATE sources SET highlight_count = highlight_count - 1 WHERE id = OLD.source_id;
END;

CREATE TABLE tags (
  id          TEXT PRIMARY KEY,
  parent_id   TEXT REFERENCES tags (id) ON DELETE SET NULL,
  name        TEXT NOT NULL,
  color       TEXT NOT NULL DEFAULT 'gray',
  description TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE INDEX tags_parent ON tags (parent_id);

-- created_at is copied from the highlight so a page of a tag's highlights by
-- date is one index range, not a sort of every tagged row.
CREATE TABLE highlight_tags (
  highlight_id TEXT NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
  tag_id       TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (highlight_id, tag_id)
);

CREATE INDEX highlight_tags_tag_created ON highlight_tags (tag_id, created_at);

-- Undo is data: each mutating operation records how to invert itself.
CREATE TABLE undo_log (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  label      TEXT NOT NULL,
  undo       TEXT NOT NULL,   -- JSON: the operation(s) that revert it
  redo       TEXT NOT NULL,   -- JSON: the operation(s) that replay it
  undone     INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
