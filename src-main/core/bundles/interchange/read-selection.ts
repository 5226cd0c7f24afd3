// What every exporter reads: the selected sources, highlights (with their tags),
// tags, events and event links, joined against the selected_* temp tables that
// withSelection fills. Plain rows in reading order, nothing format-specific.

import type Database from 'better-sqlite3';
import type { DatePrecision, Stance } from '../../events/event-types.ts';
import type { TagColor } from '../../codebook/tag-types.ts';
import type { SourceMetadata } from '../../sources/source-types.ts';

export interface ExportSource extends SourceMetadata {
  id: string;
  importedAt: string;
  text: string;
}

export interface ExportHighlight {
  id: string;
  sourceId: string;
  /** UTF-16 offsets into the source's current text; null when orphaned. */
  start: number | null;
  end: number | null;
  exact: string;
  prefix: string;
  suffix: string;
  status: string;
  color: string;
  note: string;
  tagIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ExportTag {
  id: string;
  parentId: string | null;
  name: string;
  color: TagColor;
  description: string;
}

export interface ExportEvent {
  id: string;
  title: string;
  dateStart: string | null;
  dateEnd: string | null;
  precision: DatePrecision;
  place: string;
  description: string;
}

export interface ExportLink {
  id: string;
  highlightId: string;
  eventId: string;
  stance: Stance;
}

export interface SelectedRows {
  sources: ExportSource[];
  highlights: ExportHighlight[];
  tags: ExportTag[];
  events: ExportEvent[];
  links: ExportLink[];
}

/** Call inside withSelection. */
export function readSelectedRows(db: Database.Database): SelectedRows {
  const sources = db
    .prepare(
      `SELECT s.id, s.title, s.author, s.publisher, s.published_at AS publishedAt, s.url, s.kind, s.language,
              s.imported_at AS importedAt, r.text
       FROM sources s JOIN selected_sources sel ON sel.id = s.id JOIN source_revisions r ON r.id = s.current_revision_id
       ORDER BY s.title COLLATE NOCASE, s.id`,
    )
    .all() as ExportSource[];
  const highlightRows = db
    .prepare(
      // An orphaned highlight keeps its last offsets, which point into an older text: none travel.
      `SELECT h.id, h.source_id AS sourceId,
              CASE WHEN h.status = 'orphaned' THEN NULL ELSE h.start END AS start,
              CASE WHEN h.status = 'orphaned' THEN NULL ELSE h."end" END AS "end", h.exact, h.prefix, h.suffix, h.status, h.color, h.note,
              h.created_at AS createdAt, h.updated_at AS updatedAt,
              (SELECT json_group_array(ht.tag_id) FROM highlight_tags ht WHERE ht.highlight_id = h.id) AS tagIds
       FROM highlights h JOIN selected_highlights sel ON sel.id = h.id
       ORDER BY h.source_id, h.status = 'orphaned', h.start, h."end", h.id`,
    )
    .all() as (Omit<ExportHighlight, 'tagIds'> & { tagIds: string })[];
  const highlights = highlightRows.map((row) => ({ ...row, tagIds: JSON.parse(row.tagIds) as string[] }));
  const tags = db
    .prepare(
      `SELECT t.id, t.parent_id AS parentId, t.name, t.color, t.description
       FROM tags t JOIN selected_tags sel ON sel.id = t.id ORDER BY t.name COLLATE NOCASE, t.id`,
    )
    .all() as ExportTag[];
  const events = db
    .prepare(
      `SELECT e.id, e.title, e.date_start AS dateStart, e.date_end AS dateEnd, e.date_precision AS precision, e.place, e.description
       FROM events e JOIN selected_events sel ON sel.id = e.id
       ORDER BY e.date_start IS NULL, e.date_start, e.title COLLATE NOCASE, e.id`,
    )
    .all() as ExportEvent[];
  const links = db
    .prepare(
      `SELECT l.id, l.highlight_id AS highlightId, l.event_id AS eventId, l.stance
       FROM event_links l JOIN selected_events se ON se.id = l.event_id JOIN selected_highlights sh ON sh.id = l.highlight_id
       ORDER BY l.event_id, l.created_at, l.id`,
    )
    .all() as ExportLink[];
  return { sources, highlights, tags, events, links };
}
