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
  previous_exact TEXT,          -- the quote before a fuzzy re-anchor or orphaning, shown for review
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

-- Undo is data: while an undoable operation runs, triggers copy each changed
-- row's before and after images into undo_pending; the router then files them
-- as one undo_log entry. Undo writes the before images back, redo the after.
CREATE TABLE undo_log (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  label      TEXT NOT NULL,
  changes    TEXT NOT NULL,   -- JSON array of {table, before, after}
  undone     INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE undo_capture (
  id     INTEGER PRIMARY KEY CHECK (id = 1),
  active INTEGER NOT NULL DEFAULT 0
);
INSERT INTO undo_capture (id, active) VALUES (1, 0);

CREATE TABLE undo_pending (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  table_name TEXT NOT NULL,
  before     TEXT,
  after      TEXT
);

CREATE TRIGGER highlights_undo_insert AFTER INSERT ON highlights
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('highlights', NULL, json_object('id', NEW."id", 'source_id', NEW."source_id", 'revision_id', NEW."revision_id", 'start', NEW."start", 'end', NEW."end", 'exact', NEW."exact", 'prefix', NEW."prefix", 'suffix', NEW."suffix", 'status', NEW."status", 'previous_exact', NEW."previous_exact", 'color', NEW."color", 'note', NEW."note", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER highlights_undo_update AFTER UPDATE ON highlights
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('highlights', json_object('id', OLD."id", 'source_id', OLD."source_id", 'revision_id', OLD."revision_id", 'start', OLD."start", 'end', OLD."end", 'exact', OLD."exact", 'prefix', OLD."prefix", 'suffix', OLD."suffix", 'status', OLD."status", 'previous_exact', OLD."previous_exact", 'color', OLD."color", 'note', OLD."note", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'source_id', NEW."source_id", 'revision_id', NEW."revision_id", 'start', NEW."start", 'end', NEW."end", 'exact', NEW."exact", 'prefix', NEW."prefix", 'suffix', NEW."suffix", 'status', NEW."status", 'previous_exact', NEW."previous_exact", 'color', NEW."color", 'note', NEW."note", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER highlights_undo_delete AFTER DELETE ON highlights
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('highlights', json_object('id', OLD."id", 'source_id', OLD."source_id", 'revision_id', OLD."revision_id", 'start', OLD."start", 'end', OLD."end", 'exact', OLD."exact", 'prefix', OLD."prefix", 'suffix', OLD."suffix", 'status', OLD."status", 'previous_exact', OLD."previous_exact", 'color', OLD."color", 'note', OLD."note", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL);
END;

CREATE TRIGGER tags_undo_insert AFTER INSERT ON tags
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('tags', NULL, json_object('id', NEW."id", 'parent_id', NEW."parent_id", 'name', NEW."name", 'color', NEW."color", 'description', NEW."description", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER tags_undo_update AFTER UPDATE ON tags
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('tags', json_object('id', OLD."id", 'parent_id', OLD."parent_id", 'name', OLD."name", 'color', OLD."color", 'description', OLD."description", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'parent_id', NEW."parent_id", 'name', NEW."name", 'color', NEW."color", 'description', NEW."description", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER tags_undo_delete AFTER DELETE ON tags
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('tags', json_object('id', OLD."id", 'parent_id', OLD."parent_id", 'name', OLD."name", 'color', OLD."color", 'description', OLD."description", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL);
END;

CREATE TRIGGER highlight_tags_undo_insert AFTER INSERT ON highlight_tags
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('highlight_tags', NULL, json_object('highlight_id', NEW."highlight_id", 'tag_id', NEW."tag_id", 'created_at', NEW."created_at"));
END;

CREATE TRIGGER highlight_tags_undo_update AFTER UPDATE ON highlight_tags
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('highlight_tags', json_object('highlight_id', OLD."highlight_id", 'tag_id', OLD."tag_id", 'created_at', OLD."created_at"), json_object('highlight_id', NEW."highlight_id", 'tag_id', NEW."tag_id", 'created_at', NEW."created_at"));
END;

CREATE TRIGGER highlight_tags_undo_delete AFTER DELETE ON highlight_tags
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('highlight_tags', json_object('highlight_id', OLD."highlight_id", 'tag_id', OLD."tag_id", 'created_at', OLD."created_at"), NULL);
END;
