-- Real-world events and the passages that report, dispute or give context to them.

CREATE TABLE events (
  id             TEXT PRIMARY KEY,
  title          TEXT NOT NULL,
  date_start     TEXT,
  date_end       TEXT,
  date_precision TEXT NOT NULL DEFAULT 'unknown'
                 CHECK (date_precision IN ('day', 'month', 'year', 'approximate', 'before', 'after', 'unknown')),
  place          TEXT NOT NULL DEFAULT '',
  description    TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);

CREATE INDEX events_date_start ON events (date_start);

CREATE TABLE event_links (
  id           TEXT PRIMARY KEY,
  highlight_id TEXT NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
  event_id     TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  stance       TEXT NOT NULL CHECK (stance IN ('reports', 'disputes', 'context')),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  UNIQUE (highlight_id, event_id)
);

CREATE INDEX event_links_event ON event_links (event_id, created_at);
