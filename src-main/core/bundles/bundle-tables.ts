// The tables a bundle carries: which columns travel, each line's schema, and
// the order data files are written and read in (parents before children, so a
// reference is checked against rows already merged).

import { z } from 'zod';
import { MAX_EVENT_DESCRIPTION_CHARS, MAX_NOTE_CHARS, MAX_QUOTE_CHARS, MAX_SOURCE_TEXT_CHARS, MAX_TAG_DESCRIPTION_CHARS } from '../limits.ts';

const id = z.string().min(1).max(200);
const time = z.string().min(1).max(64);
// No field may be larger than the app lets it grow (notes, quotes, documents); short fields
// (titles, names, URLs) get the notes' bound, which no import or edit reaches.
const upTo = (max: number) => z.string().max(max, `can be up to ${max.toLocaleString('en')} characters`);
const text = upTo(MAX_NOTE_CHARS);
const note = upTo(MAX_NOTE_CHARS);
const quote = upTo(MAX_QUOTE_CHARS);
// A revision's lines are JSON: escaping can make them longer than the text they hold.
const documentText = upTo(2 * MAX_SOURCE_TEXT_CHARS);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** The sender's record of what this row looked like when it last merged it (see README.md). */
const base = { base_sha256: sha256.nullable().optional() };

export const tagLine = z.object({
  id, parent_id: id.nullable(), name: text, color: text, description: upTo(MAX_TAG_DESCRIPTION_CHARS), created_at: time, updated_at: time, ...base,
});
export const sourceLine = z.object({
  id, title: text, author: text.nullable(), publisher: text.nullable(), published_at: text.nullable(), url: text.nullable(),
  kind: text.nullable(), language: text.nullable(), format: z.enum(['text', 'markdown', 'html']), file_name: text.nullable(),
  original_sha256: sha256, text_sha256: sha256, current_revision_id: id.nullable(),
  imported_at: time, created_at: time, updated_at: time, ...base,
});
export const revisionLine = z.object({
  id, source_id: id, number: z.number().int().min(1), lines: documentText, removed_lines: documentText, text: documentText,
  /** Set when the revision kept a re-imported file; its bytes are the entry revision-originals/<id>. */
  original_sha256: sha256.nullable(), reason: text, created_at: time,
});
export const highlightLine = z.object({
  id, source_id: id, revision_id: id.nullable(), start: z.number().int().min(0).nullable(), end: z.number().int().min(1).nullable(),
  exact: quote, prefix: quote, suffix: quote, status: z.enum(['anchored', 'moved', 'fuzzy', 'orphaned']),
  previous_exact: quote.nullable(), color: text, note, created_at: time, updated_at: time, ...base,
});
export const highlightTagLine = z.object({ highlight_id: id, tag_id: id, created_at: time });
export const eventLine = z.object({
  id, title: text, date_start: text.nullable(), date_end: text.nullable(),
  date_precision: z.enum(['day', 'month', 'year', 'approximate', 'before', 'after', 'unknown']),
  place: text, description: upTo(MAX_EVENT_DESCRIPTION_CHARS), created_at: time, updated_at: time, ...base,
});
export const eventLinkLine = z.object({
  id, highlight_id: id, event_id: id, stance: z.enum(['reports', 'disputes', 'context']), created_at: time, updated_at: time, ...base,
});
export const entityLine = z.object({
  id, name: text, kind: z.enum(['person', 'organization', 'place', 'other']), note, created_at: time, updated_at: time, ...base,
});
export const aliasLine = z.object({ id, entity_id: id, alias: text, match_key: text.min(1), created_at: time, updated_at: time, ...base });
export const eventActorLine = z.object({ event_id: id, entity_id: id, created_at: time });
export const resolutionLine = z.object({
  id, event_id: id, discrepancy_key: text, trusted_source_id: id.nullable(), note, claims_snapshot: documentText,
  created_at: time, updated_at: time, ...base,
});

export type TagLine = z.output<typeof tagLine>;
export type SourceLine = z.output<typeof sourceLine>;
export type RevisionLine = z.output<typeof revisionLine>;
export type HighlightLine = z.output<typeof highlightLine>;
export type EventLine = z.output<typeof eventLine>;
export type EventLinkLine = z.output<typeof eventLinkLine>;
export type EntityLine = z.output<typeof entityLine>;
export type AliasLine = z.output<typeof aliasLine>;
export type ResolutionLine = z.output<typeof resolutionLine>;

/** The tables whose rows are records with an id, merged one by one (the rest are sets, merged by union). */
export const recordTables = ['tags', 'sources', 'highlights', 'events', 'event_links', 'entities', 'entity_aliases', 'discrepancy_resolutions'] as const;
export type RecordTable = (typeof recordTables)[number];

/** Every column a record's version is judged by: what the user can see or change. */
export const recordColumns: Record<RecordTable, readonly string[]> = {
  tags: ['id', 'parent_id', 'name', 'color', 'description', 'created_at', 'updated_at'],
  sources: [
    'id', 'title', 'author', 'publisher', 'published_at', 'url', 'kind', 'language', 'format', 'file_name',
    'original_sha256', 'text_sha256', 'current_revision_id', 'imported_at', 'created_at', 'updated_at',
  ],
  highlights: [
    'id', 'source_id', 'revision_id', 'start', 'end', 'exact', 'prefix', 'suffix', 'status', 'previous_exact', 'color', 'note',
    'created_at', 'updated_at',
  ],
  events: ['id', 'title', 'date_start', 'date_end', 'date_precision', 'place', 'description', 'created_at', 'updated_at'],
  event_links: ['id', 'highlight_id', 'event_id', 'stance', 'created_at', 'updated_at'],
  entities: ['id', 'name', 'kind', 'note', 'created_at', 'updated_at'],
  entity_aliases: ['id', 'entity_id', 'alias', 'match_key', 'created_at', 'updated_at'],
  discrepancy_resolutions: ['id', 'event_id', 'discrepancy_key', 'trusted_source_id', 'note', 'claims_snapshot', 'created_at', 'updated_at'],
};

export const revisionColumns = ['id', 'source_id', 'number', 'lines', 'removed_lines', 'text', 'reason', 'created_at'] as const;

/** Data files in the order they are written and must be read. */
export const dataFiles = [
  { path: 'tags.ndjson', table: 'tags', schema: tagLine },
  { path: 'sources.ndjson', table: 'sources', schema: sourceLine },
  { path: 'source_revisions.ndjson', table: 'source_revisions', schema: revisionLine },
  { path: 'highlights.ndjson', table: 'highlights', schema: highlightLine },
  { path: 'highlight_tags.ndjson', table: 'highlight_tags', schema: highlightTagLine },
  { path: 'events.ndjson', table: 'events', schema: eventLine },
  { path: 'event_links.ndjson', table: 'event_links', schema: eventLinkLine },
  { path: 'entities.ndjson', table: 'entities', schema: entityLine },
  { path: 'entity_aliases.ndjson', table: 'entity_aliases', schema: aliasLine },
  { path: 'event_actors.ndjson', table: 'event_actors', schema: eventActorLine },
  { path: 'discrepancy_resolutions.ndjson', table: 'discrepancy_resolutions', schema: resolutionLine },
] as const;

export type DataTable = (typeof dataFiles)[number]['table'];

/** Short words for a person reading a preview. */
export const tableLabels: Record<DataTable, string> = {
  tags: 'tags',
  sources: 'sources',
  source_revisions: 'source revisions',
  highlights: 'highlights',
  highlight_tags: 'highlight tags',
  events: 'events',
  event_links: 'event links',
  entities: 'entities',
  entity_aliases: 'entity aliases',
  event_actors: 'event actors',
  discrepancy_resolutions: 'discrepancy resolutions',
};
