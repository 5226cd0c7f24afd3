-- Sources: the original bytes as imported, and revisions of the reading text
-- (the coordinate space of highlights). Each revision keeps its document as
-- lines plus the lines set aside as noise, so the reader can restore them.

-- seq is the stable integer key the full-text index points at (an implicit
-- rowid may change on VACUUM); id is the UUID that travels in bundles.
CREATE TABLE sources (
  seq              INTEGER PRIMARY KEY,
  id               TEXT NOT NULL UNIQUE,
  title            TEXT NOT NULL DEFAULT '',
  author           TEXT,
  publisher        TEXT,
  published_at     TEXT CHECK (published_at IS NULL OR published_at GLOB '[0-9][0-9][0-9][0-9]*'),
  url              TEXT,
  kind             TEXT CHECK (kind IS NULL OR kind IN ('news', 'analysis', 'encyclopedia', 'report', 'other')),
  language         TEXT,
  format           TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
  file_name        TEXT,
  original         BLOB NOT NULL,
  original_sha256  TEXT NOT NULL,
  text_sha256      TEXT NOT NULL,             -- of the normalized document, to recognise re-imports
  current_revision_id TEXT,
  highlight_count  INTEGER NOT NULL DEFAULT 0,
  imported_at      TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);

CREATE UNIQUE INDEX sources_original_sha256 ON sources (original_sha256);
CREATE INDEX sources_text_sha256 ON sources (text_sha256);
CREATE INDEX sources_title ON sources (title COLLATE NOCASE);
CREATE INDEX sources_publisher ON sources (publisher COLLATE NOCASE);
CREATE INDEX sources_published_at ON sources (published_at);
CREATE INDEX sources_imported_at ON sources (imported_at);
CREATE INDEX sources_kind ON sources (kind);

CREATE TABLE source_revisions (
  id            TEXT PRIMARY KEY,
  source_id     TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  number        INTEGER NOT NULL,
  lines         TEXT NOT NULL,                -- JSON array: the whole normalized document, noise included
  removed_lines TEXT NOT NULL DEFAULT '[]',   -- JSON array of {line, reason}: indexes into lines
  text          TEXT NOT NULL,                -- the reading text: lines less removed ones (assembleReadingText)
  original      BLOB,                         -- a re-import's file exactly as imported (the first is on sources)
  reason        TEXT NOT NULL,                -- 'import', 'restore line', 'edit', 're-import', ...
  created_at    TEXT NOT NULL,
  UNIQUE (source_id, number)
);
