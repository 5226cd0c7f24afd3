-- Search over everything and the large-library annotations table:
--  * sources_fts again, now with prefix indexes so search-as-you-type stays fast;
--  * highlights_fts (quotes and notes) and events_fts (titles, descriptions),
--    external content kept in step by triggers in the same transaction as the rows;
--  * indexes that fit each sort and filter of the annotations table, and kept
--    counts (per tag, and of all highlights) for its totals.

-- FTS5 needs a stable integer rowid and highlights/events have TEXT keys (their
-- implicit rowid may change on VACUUM). A small key table gives each row a seq
-- that never changes; the index and its content view join through it.
CREATE TABLE highlight_search_keys (
  seq          INTEGER PRIMARY KEY,
  highlight_id TEXT NOT NULL UNIQUE
);

CREATE TABLE event_search_keys (
  seq      INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE
);

-- Prefix indexes of 2, 3 and 4 characters: a prefix of that length reads one
-- list instead of merging every word that starts with it (the slow case in
-- LIMITS.md). Measured on 10k documents: a 4-letter prefix p95 38 ms -> 2.5 ms
-- with the 4-character index; the index grows 35%; inserts slow by about a third.
DROP TRIGGER sources_fts_update;
DROP TRIGGER sources_fts_delete;
DROP TABLE sources_fts;

CREATE VIRTUAL TABLE sources_fts USING fts5 (
  title, text,
  content = 'sources_fts_content',
  content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);

-- An external-content 'delete' must be given exactly the indexed values, so each
-- trigger reads the old revision's text before anything else changes it.
CREATE TRIGGER sources_fts_update AFTER UPDATE OF current_revision_id, title ON sources BEGIN
  INSERT INTO sources_fts (sources_fts, rowid, title, text)
    SELECT 'delete', OLD.seq, OLD.title, r.text FROM source_revisions r WHERE r.id = OLD.current_revision_id;
  INSERT INTO sources_fts (rowid, title, text)
    SELECT NEW.seq, NEW.title, r.text FROM source_revisions r WHERE r.id = NEW.current_revision_id;
END;

CREATE TRIGGER sources_fts_delete BEFORE DELETE ON sources BEGIN
  INSERT INTO sources_fts (sources_fts, rowid, title, text)
    SELECT 'delete', OLD.seq, OLD.title, r.text FROM source_revisions r WHERE r.id = OLD.current_revision_id;
END;

CREATE VIEW highlights_fts_content AS
  SELECT k.seq AS seq, h.exact AS exact, h.note AS note
  FROM highlight_search_keys k JOIN highlights h ON h.id = k.highlight_id;

CREATE VIRTUAL TABLE highlights_fts USING fts5 (
  exact, note,
  content = 'highlights_fts_content',
  content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);

CREATE TRIGGER highlights_fts_insert AFTER INSERT ON highlights BEGIN
  INSERT INTO highlight_search_keys (highlight_id) VALUES (NEW.id);
  INSERT INTO highlights_fts (rowid, exact, note)
    SELECT seq, NEW.exact, NEW.note FROM highlight_search_keys WHERE highlight_id = NEW.id;
END;

-- Re-anchoring and status changes update highlights often; only a new quote or note touches the index.
CREATE TRIGGER highlights_fts_update AFTER UPDATE OF exact, note ON highlights
WHEN OLD.exact IS NOT NEW.exact OR OLD.note IS NOT NEW.note BEGIN
  INSERT INTO highlights_fts (highlights_fts, rowid, exact, note)
    SELECT 'delete', seq, OLD.exact, OLD.note FROM highlight_search_keys WHERE highlight_id = OLD.id;
  INSERT INTO highlights_fts (rowid, exact, note)
    SELECT seq, NEW.exact, NEW.note FROM highlight_search_keys WHERE highlight_id = NEW.id;
END;

CREATE TRIGGER highlights_fts_delete AFTER DELETE ON highlights BEGIN
  INSERT INTO highlights_fts (highlights_fts, rowid, exact, note)
    SELECT 'delete', seq, OLD.exact, OLD.note FROM highlight_search_keys WHERE highlight_id = OLD.id;
  DELETE FROM highlight_search_keys WHERE highlight_id = OLD.id;
END;

CREATE VIEW events_fts_content AS
  SELECT k.seq AS seq, e.title AS title, e.description AS description
  FROM event_search_keys k JOIN events e ON e.id = k.event_id;

CREATE VIRTUAL TABLE events_fts USING fts5 (
  title, description,
  content = 'events_fts_content',
  content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);

CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO event_search_keys (event_id) VALUES (NEW.id);
  INSERT INTO events_fts (rowid, title, description)
    SELECT seq, NEW.title, NEW.description FROM event_search_keys WHERE event_id = NEW.id;
END;

CREATE TRIGGER events_fts_update AFTER UPDATE OF title, description ON events
WHEN OLD.title IS NOT NEW.title OR OLD.description IS NOT NEW.description BEGIN
  INSERT INTO events_fts (events_fts, rowid, title, description)
    SELECT 'delete', seq, OLD.title, OLD.description FROM event_search_keys WHERE event_id = OLD.id;
  INSERT INTO events_fts (rowid, title, description)
    SELECT seq, NEW.title, NEW.description FROM event_search_keys WHERE event_id = NEW.id;
END;

CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, title, description)
    SELECT 'delete', seq, OLD.title, OLD.description FROM event_search_keys WHERE event_id = OLD.id;
  DELETE FROM event_search_keys WHERE event_id = OLD.id;
END;

-- Rows that exist already: keys in creation order (newest gets the highest
-- seq, which search uses to prefer recent matches), then one rebuild per index.
INSERT INTO highlight_search_keys (highlight_id) SELECT id FROM highlights ORDER BY created_at, id;
INSERT INTO event_search_keys (event_id) SELECT id FROM events ORDER BY created_at, id;
INSERT INTO sources_fts (sources_fts) VALUES ('rebuild');
INSERT INTO highlights_fts (highlights_fts) VALUES ('rebuild');
INSERT INTO events_fts (events_fts) VALUES ('rebuild');

-- The annotations table sorts in SQLite, one index per sortable column
-- (created_at and status already have theirs). Quotes and notes are sorted by
-- their first 40 characters: the index stays small and the order is the same
-- for all but near-identical openings.
CREATE INDEX highlights_updated_at ON highlights (updated_at);
CREATE INDEX highlights_color ON highlights (color, created_at);
CREATE INDEX highlights_exact_sort ON highlights (substr(exact, 1, 40) COLLATE NOCASE);
CREATE INDEX highlights_note_sort ON highlights (substr(note, 1, 40) COLLATE NOCASE);
-- Sources' rows carry the original file (10 KB and more): a source-kind filter
-- read through this covering index instead of one page per source (400 ms at 100k).
CREATE INDEX sources_kind_id ON sources (kind, id);

-- How many highlights carry each tag, kept by triggers (undo's writes included):
-- the table's total for a tag filter without counting 100k links per page.
CREATE TABLE tag_highlight_counts (
  tag_id     TEXT PRIMARY KEY,
  highlights INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER highlight_tags_count_insert AFTER INSERT ON highlight_tags BEGIN
  INSERT INTO tag_highlight_counts (tag_id, highlights) VALUES (NEW.tag_id, 1)
    ON CONFLICT (tag_id) DO UPDATE SET highlights = highlights + 1;
END;

CREATE TRIGGER highlight_tags_count_delete AFTER DELETE ON highlight_tags BEGIN
  UPDATE tag_highlight_counts SET highlights = highlights - 1 WHERE tag_id = OLD.tag_id;
END;

CREATE TRIGGER highlight_tags_count_update AFTER UPDATE OF tag_id ON highlight_tags
WHEN OLD.tag_id IS NOT NEW.tag_id BEGIN
  UPDATE tag_highlight_counts SET highlights = highlights - 1 WHERE tag_id = OLD.tag_id;
  INSERT INTO tag_highlight_counts (tag_id, highlights) VALUES (NEW.tag_id, 1)
    ON CONFLICT (tag_id) DO UPDATE SET highlights = highlights + 1;
END;

INSERT INTO tag_highlight_counts (tag_id, highlights) SELECT tag_id, COUNT(*) FROM highlight_tags GROUP BY tag_id;

-- The number of highlights, kept by triggers: COUNT(*) walks every page of an
-- index (10 ms at 1M highlights), on every page of an unfiltered table.
CREATE TABLE highlight_total (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  highlights INTEGER NOT NULL
);
INSERT INTO highlight_total (id, highlights) SELECT 1, COUNT(*) FROM highlights;

CREATE TRIGGER highlight_total_insert AFTER INSERT ON highlights BEGIN
  UPDATE highlight_total SET highlights = highlights + 1 WHERE id = 1;
END;

CREATE TRIGGER highlight_total_delete AFTER DELETE ON highlights BEGIN
  UPDATE highlight_total SET highlights = highlights - 1 WHERE id = 1;
END;
