// Every limit Sourcebench enforces on what people bring in and ask for, named
// once here; the code checks against these, and README's "Limits" table is
// written from `limitsTable` (a test keeps the two the same).

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
// A batch travels as one request too, so it holds at most what one largest file does.
export const MAX_IMPORT_BATCH_BYTES = MAX_IMPORT_BYTES;
export const MAX_IMPORT_BATCH_FILES = 100;
// A 10 MB import travels as base64 inside JSON: 4/3 of it plus the envelope.
export const MAX_REQUEST_BYTES = 16 * 1024 * 1024;
export const MAX_SOURCE_TEXT_CHARS = MAX_IMPORT_BYTES;
export const MAX_TITLE_CHARS = 1000;
export const MAX_FILE_NAME_CHARS = 1000;
export const MAX_NOTE_CHARS = 100_000;
export const MAX_QUOTE_CHARS = 100_000;
export const MAX_TAG_NAME_CHARS = 200;
export const MAX_TAG_DESCRIPTION_CHARS = 5000;
export const MAX_TAGS_PER_HIGHLIGHT = 100;
export const MAX_EVENT_TITLE_CHARS = 1000;
export const MAX_EVENT_DESCRIPTION_CHARS = 100_000;
export const MAX_ENTITY_NAME_CHARS = 500;
export const MAX_ALIASES_PER_ENTITY = 200;
export const MAX_ACTORS_PER_EVENT = 500;
export const MAX_SEARCH_QUERY_CHARS = 2000;
export const MAX_SEARCH_RESULTS = 200;
export const MAX_SEARCH_TERMS = 64;
export const MAX_SEARCH_NESTING = 20;
export const MAX_NEAR_DISTANCE = 1000;
export const MAX_PAGE_ROWS = 500;
export const MAX_LIST_ROWS = 10_000;
export const MAX_BULK_HIGHLIGHTS = 10_000;
export const MAX_EXPORT_HIGHLIGHTS = 100_000;
export const MAX_UNDO_STEPS = 500;
export const BACKUPS_KEPT_PER_REASON = 5;

export type LimitUnit = 'bytes' | 'characters' | 'items' | 'rows' | 'words' | 'levels' | 'steps' | 'copies';

export interface LimitRow {
  name: string;
  value: number;
  unit: LimitUnit;
  what: string;
}

export const limitsTable: readonly LimitRow[] = [
  { name: 'MAX_IMPORT_BYTES', value: MAX_IMPORT_BYTES, unit: 'bytes', what: 'One imported file' },
  { name: 'MAX_IMPORT_BATCH_BYTES', value: MAX_IMPORT_BATCH_BYTES, unit: 'bytes', what: 'Files imported together in one batch, in all' },
  { name: 'MAX_IMPORT_BATCH_FILES', value: MAX_IMPORT_BATCH_FILES, unit: 'items', what: 'Files imported together in one batch' },
  { name: 'MAX_REQUEST_BYTES', value: MAX_REQUEST_BYTES, unit: 'bytes', what: 'One request to the browser-mode server' },
  { name: 'MAX_SOURCE_TEXT_CHARS', value: MAX_SOURCE_TEXT_CHARS, unit: 'characters', what: 'Pasted text, or a source\'s edited text' },
  { name: 'MAX_TITLE_CHARS', value: MAX_TITLE_CHARS, unit: 'characters', what: 'A source\'s title' },
  { name: 'MAX_FILE_NAME_CHARS', value: MAX_FILE_NAME_CHARS, unit: 'characters', what: 'An imported file\'s name' },
  { name: 'MAX_NOTE_CHARS', value: MAX_NOTE_CHARS, unit: 'characters', what: 'A note on a highlight, entity or discrepancy' },
  { name: 'MAX_QUOTE_CHARS', value: MAX_QUOTE_CHARS, unit: 'characters', what: 'A quote to highlight by its words' },
  { name: 'MAX_TAG_NAME_CHARS', value: MAX_TAG_NAME_CHARS, unit: 'characters', what: 'A tag\'s name' },
  { name: 'MAX_TAG_DESCRIPTION_CHARS', value: MAX_TAG_DESCRIPTION_CHARS, unit: 'characters', what: 'A tag\'s description' },
  { name: 'MAX_TAGS_PER_HIGHLIGHT', value: MAX_TAGS_PER_HIGHLIGHT, unit: 'items', what: 'Tags given to a highlight at once' },
  { name: 'MAX_EVENT_TITLE_CHARS', value: MAX_EVENT_TITLE_CHARS, unit: 'characters', what: 'An event\'s title or place' },
  { name: 'MAX_EVENT_DESCRIPTION_CHARS', value: MAX_EVENT_DESCRIPTION_CHARS, unit: 'characters', what: 'An event\'s description' },
  { name: 'MAX_ENTITY_NAME_CHARS', value: MAX_ENTITY_NAME_CHARS, unit: 'characters', what: 'A person\'s, group\'s or place\'s name or alias' },
  { name: 'MAX_ALIASES_PER_ENTITY', value: MAX_ALIASES_PER_ENTITY, unit: 'items', what: 'Aliases added to an entity at once' },
  { name: 'MAX_ACTORS_PER_EVENT', value: MAX_ACTORS_PER_EVENT, unit: 'items', what: 'Actors named on an event at once' },
  { name: 'MAX_SEARCH_QUERY_CHARS', value: MAX_SEARCH_QUERY_CHARS, unit: 'characters', what: 'A search' },
  { name: 'MAX_SEARCH_RESULTS', value: MAX_SEARCH_RESULTS, unit: 'rows', what: 'Search results per kind' },
  { name: 'MAX_SEARCH_TERMS', value: MAX_SEARCH_TERMS, unit: 'words', what: 'Words and phrases in one search' },
  { name: 'MAX_SEARCH_NESTING', value: MAX_SEARCH_NESTING, unit: 'levels', what: 'Brackets nested in one search' },
  { name: 'MAX_NEAR_DISTANCE', value: MAX_NEAR_DISTANCE, unit: 'words', what: 'Words allowed between phrases by NEAR' },
  { name: 'MAX_PAGE_ROWS', value: MAX_PAGE_ROWS, unit: 'rows', what: 'One page of the library or the annotations table' },
  { name: 'MAX_LIST_ROWS', value: MAX_LIST_ROWS, unit: 'rows', what: 'One page of highlights or events' },
  { name: 'MAX_BULK_HIGHLIGHTS', value: MAX_BULK_HIGHLIGHTS, unit: 'items', what: 'Highlights tagged or deleted at once' },
  { name: 'MAX_EXPORT_HIGHLIGHTS', value: MAX_EXPORT_HIGHLIGHTS, unit: 'items', what: 'Highlights exported to CSV at once' },
  { name: 'MAX_UNDO_STEPS', value: MAX_UNDO_STEPS, unit: 'steps', what: 'Steps kept for Undo' },
  { name: 'BACKUPS_KEPT_PER_REASON', value: BACKUPS_KEPT_PER_REASON, unit: 'copies', what: 'Backups kept of each kind (scheduled, before a restore, …)' },
];

/** "10 MB", "100,000 characters": a limit as people read it. */
export function formatLimit(value: number, unit: LimitUnit): string {
  if (unit === 'bytes') return `${value / 1024 / 1024} MB`;
  return `${value.toLocaleString('en')} ${unit}`;
}

/** The plain-language message for text over a limit, e.g. "a tag name can be up to 200 characters". */
export function tooLong(what: string, max: number): string {
  return `${what} can be up to ${max.toLocaleString('en')} characters`;
}

/** The message for a list over a limit, e.g. "up to 100 tags at a time". */
export function tooMany(what: string, max: number): string {
  return `up to ${max.toLocaleString('en')} ${what} at a time`;
}
