-- Events gain actors; entities (people, organizations, places) with aliases the
-- comparison matches names through; discrepancy resolutions; undo for all of it.

-- One entity per real person or group. Every name it goes by, the display name
-- included, is an alias row; match_key is the folded form names are matched on
-- (see src-main/core/compare/text/name-key.ts). A key belongs to one entity only,
-- so a mention resolves without ambiguity and a split stays split.
CREATE TABLE entities (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('person', 'organization', 'place', 'other')),
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE INDEX entities_name ON entities (name COLLATE NOCASE);

CREATE TABLE entity_aliases (
  id          TEXT PRIMARY KEY,
  entity_id   TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias       TEXT NOT NULL,
  match_key   TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id);

CREATE TABLE event_actors (
  event_id    TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  entity_id   TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (event_id, entity_id)
);

CREATE INDEX event_actors_entity ON event_actors (entity_id);

-- Discrepancies are computed from the linked passages each time; a resolution is
-- keyed by the event and the discrepancy's stable key ('count:deaths', ...), and
-- keeps what the claims were when the user resolved it so a change can be shown.
CREATE TABLE discrepancy_resolutions (
  id                TEXT PRIMARY KEY,
  event_id          TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  discrepancy_key   TEXT NOT NULL,
  trusted_source_id TEXT REFERENCES sources (id) ON DELETE SET NULL,
  note              TEXT NOT NULL DEFAULT '',
  claims_snapshot   TEXT NOT NULL DEFAULT '[]',   -- JSON: [{sourceId, value}] at resolution time
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  UNIQUE (event_id, discrepancy_key)
);

CREATE INDEX event_links_highlight ON event_links (highlight_id);
CREATE INDEX events_title ON events (title COLLATE NOCASE);

-- Undo capture, as 0020 does it for highlights and tags.

CREATE TRIGGER events_undo_insert AFTER INSERT ON events
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('events', NULL, json_object('id', NEW."id", 'title', NEW."title", 'date_start', NEW."date_start", 'date_end', NEW."date_end", 'date_precision', NEW."date_precision", 'place', NEW."place", 'description', NEW."description", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER events_undo_update AFTER UPDATE ON events
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('events', json_object('id', OLD."id", 'title', OLD."title", 'date_start', OLD."date_start", 'date_end', OLD."date_end", 'date_precision', OLD."date_precision", 'place', OLD."place", 'description', OLD."description", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'title', NEW."title", 'date_start', NEW."date_start", 'date_end', NEW."date_end", 'date_precision', NEW."date_precision", 'place', NEW."place", 'description', NEW."description", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER events_undo_delete AFTER DELETE ON events
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('events', json_object('id', OLD."id", 'title', OLD."title", 'date_start', OLD."date_start", 'date_end', OLD."date_end", 'date_precision', OLD."date_precision", 'place', OLD."place", 'description', OLD."description", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL);
END;

CREATE TRIGGER event_links_undo_insert AFTER INSERT ON event_links
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('event_links', NULL, json_object('id', NEW."id", 'highlight_id', NEW."highlight_id", 'event_id', NEW."event_id", 'stance', NEW."stance", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER event_links_undo_update AFTER UPDATE ON event_links
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('event_links', json_object('id', OLD."id", 'highlight_id', OLD."highlight_id", 'event_id', OLD."event_id", 'stance', OLD."stance", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'highlight_id', NEW."highlight_id", 'event_id', NEW."event_id", 'stance', NEW."stance", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER event_links_undo_delete AFTER DELETE ON event_links
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('event_links', json_object('id', OLD."id", 'highlight_id', OLD."highlight_id", 'event_id', OLD."event_id", 'stance', OLD."stance", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL);
END;

CREATE TRIGGER entities_undo_insert AFTER INSERT ON entities
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('entities', NULL, json_object('id', NEW."id", 'name', NEW."name", 'kind', NEW."kind", 'note', NEW."note", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER entities_undo_update AFTER UPDATE ON entities
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('entities', json_object('id', OLD."id", 'name', OLD."name", 'kind', OLD."kind", 'note', OLD."note", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'name', NEW."name", 'kind', NEW."kind", 'note', NEW."note", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER entities_undo_delete AFTER DELETE ON entities
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('entities', json_object('id', OLD."id", 'name', OLD."name", 'kind', OLD."kind", 'note', OLD."note", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL);
END;

CREATE TRIGGER entity_aliases_undo_insert AFTER INSERT ON entity_aliases
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('entity_aliases', NULL, json_object('id', NEW."id", 'entity_id', NEW."entity_id", 'alias', NEW."alias", 'match_key', NEW."match_key", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER entity_aliases_undo_update AFTER UPDATE ON entity_aliases
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('entity_aliases', json_object('id', OLD."id", 'entity_id', OLD."entity_id", 'alias', OLD."alias", 'match_key', OLD."match_key", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'entity_id', NEW."entity_id", 'alias', NEW."alias", 'match_key', NEW."match_key", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER entity_aliases_undo_delete AFTER DELETE ON entity_aliases
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('entity_aliases', json_object('id', OLD."id", 'entity_id', OLD."entity_id", 'alias', OLD."alias", 'match_key', OLD."match_key", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL);
END;

CREATE TRIGGER event_actors_undo_insert AFTER INSERT ON event_actors
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('event_actors', NULL, json_object('event_id', NEW."event_id", 'entity_id', NEW."entity_id", 'created_at', NEW."created_at"));
END;

CREATE TRIGGER event_actors_undo_update AFTER UPDATE ON event_actors
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('event_actors', json_object('event_id', OLD."event_id", 'entity_id', OLD."entity_id", 'created_at', OLD."created_at"), json_object('event_id', NEW."event_id", 'entity_id', NEW."entity_id", 'created_at', NEW."created_at"));
END;

CREATE TRIGGER event_actors_undo_delete AFTER DELETE ON event_actors
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('event_actors', json_object('event_id', OLD."event_id", 'entity_id', OLD."entity_id", 'created_at', OLD."created_at"), NULL);
END;

CREATE TRIGGER discrepancy_resolutions_undo_insert AFTER INSERT ON discrepancy_resolutions
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('discrepancy_resolutions', NULL, json_object('id', NEW."id", 'event_id', NEW."event_id", 'discrepancy_key', NEW."discrepancy_key", 'trusted_source_id', NEW."trusted_source_id", 'note', NEW."note", 'claims_snapshot', NEW."claims_snapshot", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER discrepancy_resolutions_undo_update AFTER UPDATE ON discrepancy_resolutions
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('discrepancy_resolutions', json_object('id', OLD."id", 'event_id', OLD."event_id", 'discrepancy_key', OLD."discrepancy_key", 'trusted_source_id', OLD."trusted_source_id", 'note', OLD."note", 'claims_snapshot', OLD."claims_snapshot", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), json_object('id', NEW."id", 'event_id', NEW."event_id", 'discrepancy_key', NEW."discrepancy_key", 'trusted_source_id', NEW."trusted_source_id", 'note', NEW."note", 'claims_snapshot', NEW."claims_snapshot", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
END;

CREATE TRIGGER discrepancy_resolutions_undo_delete AFTER DELETE ON discrepancy_resolutions
WHEN (SELECT active FROM undo_capture WHERE id = 1) = 1 BEGIN
  INSERT INTO undo_pending (table_name, before, after) VALUES ('discrepancy_resolutions', json_object('id', OLD."id", 'event_id', OLD."event_id", 'discrepancy_key', OLD."discrepancy_key", 'trusted_source_id', OLD."trusted_source_id", 'note', OLD."note", 'claims_snapshot', OLD."claims_snapshot", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL);
END;
