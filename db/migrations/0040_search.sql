-- Full-text index of source titles and current reading text: FTS5 with
-- external content (a view), kept in step with sources by triggers. An
-- external-content 'delete' must be given exactly the indexed values, so each
-- trigger reads the old revision's text before anything else changes it.

CREATE VIEW sources_fts_content AS
  SELECT s.seq AS seq, s.title AS title, r.text AS text
  FROM sources s JOIN source_revisions r ON r.id = s.current_revision_id;

CREATE VIRTUAL TABLE sources_fts USING fts5 (
  title, text,
  content = 'sources_fts_content',
  content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);

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

INSERT INTO sources_fts (sources_fts) VALUES ('rebuild');
