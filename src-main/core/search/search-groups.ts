// One query per kind of result: match and rank in FTS5, then read the few
// rows shown and cut their snippets in JavaScript (see snippet.ts for why).

import type Database from 'better-sqlite3';
import { inColumns } from './fts-match.ts';
import type { PhraseNode } from './query-ast.ts';
import { rankWindow, type FtsTable } from './rank-window.ts';
import type { SearchGroup, SearchKind, SearchResult } from './search-types.ts';
import { buildSnippet } from './snippet.ts';
import { statement } from '../project/statements.ts';

export interface GroupQuery {
  match: string;
  phrases: readonly PhraseNode[];
  limit: number;
}

const sourcesTable: FtsTable = { name: 'sources_fts', weights: [10, 1] };
const highlightsTable: FtsTable = { name: 'highlights_fts', weights: [1, 1] };
const eventsTable: FtsTable = { name: 'events_fts', weights: [4, 1] };

// The shown rows only, looked up by the FTS rowids ranked above.
const sourceRows = `SELECT s.seq, s.id, s.title, r.text FROM sources s JOIN source_revisions r ON r.id = s.current_revision_id
  WHERE s.seq IN (SELECT value FROM json_each(?))`;
const highlightRows = `SELECT k.seq, h.id, h.source_id, h.start, h.status, h.exact, h.note, s.title
  FROM highlight_search_keys k JOIN highlights h ON h.id = k.highlight_id JOIN sources s ON s.id = h.source_id
  WHERE k.seq IN (SELECT value FROM json_each(?))`;
const eventRows = `SELECT k.seq, e.id, e.title, e.description FROM event_search_keys k JOIN events e ON e.id = k.event_id
  WHERE k.seq IN (SELECT value FROM json_each(?))`;

export function searchGroup(db: Database.Database, kind: SearchKind, query: GroupQuery): SearchGroup {
  switch (kind) {
    case 'sources':
      return searchSources(db, query);
    case 'highlights':
      return searchHighlights(db, 'highlights', query);
    case 'notes':
      return searchHighlights(db, 'notes', query);
    case 'events':
      return searchEvents(db, query);
  }
}

function searchSources(db: Database.Database, query: GroupQuery): SearchGroup {
  const ranked = rankWindow(db, sourcesTable, query.match, query.limit);
  const found = statement(db, sourceRows).all(JSON.stringify(ranked.rowids)) as { seq: number; id: string; title: string; text: string }[];
  const rows = inOrder(ranked.rowids, found);
  const results = rows.map((row): SearchResult => {
    const snippet = buildSnippet(row.text, query.phrases);
    const result: SearchResult = { id: row.id, sourceId: row.id, title: row.title, snippet: snippet.parts };
    if (snippet.firstMatch !== null) result.offset = snippet.firstMatch;
    return result;
  });
  return { kind: 'sources', total: ranked.total, totalExact: ranked.totalExact, results };
}

interface HighlightHit {
  seq: number;
  id: string;
  source_id: string;
  start: number | null;
  status: string;
  exact: string;
  note: string;
  title: string;
}

// Quotes and notes share one index; a column filter keeps each group to its own column.
function searchHighlights(db: Database.Database, kind: 'highlights' | 'notes', query: GroupQuery): SearchGroup {
  const column = kind === 'highlights' ? 'exact' : 'note';
  const ranked = rankWindow(db, highlightsTable, inColumns(query.match, [column]), query.limit);
  const rows = inOrder(ranked.rowids, statement(db, highlightRows).all(JSON.stringify(ranked.rowids)) as HighlightHit[]);
  const results = rows.map((row): SearchResult => {
    const text = kind === 'highlights' ? row.exact : row.note;
    const snippet = buildSnippet(text, query.phrases, { length: kind === 'highlights' ? 240 : 180 });
    const result: SearchResult = { id: row.id, sourceId: row.source_id, title: row.title, snippet: snippet.parts };
    // An orphaned highlight has no place in the text to open at.
    if (row.start !== null && row.status !== 'orphaned') result.offset = row.start;
    return result;
  });
  return { kind, total: ranked.total, totalExact: ranked.totalExact, results };
}

function searchEvents(db: Database.Database, query: GroupQuery): SearchGroup {
  const ranked = rankWindow(db, eventsTable, query.match, query.limit);
  const found = statement(db, eventRows).all(JSON.stringify(ranked.rowids)) as { seq: number; id: string; title: string; description: string }[];
  const rows = inOrder(ranked.rowids, found);
  const results = rows.map((row): SearchResult => {
    const inTitle = buildSnippet(row.title, query.phrases, { length: 240 });
    // Matched in the description only: show that instead of an unmarked title.
    const snippet = inTitle.firstMatch === null && row.description !== '' ? buildSnippet(row.description, query.phrases) : inTitle;
    return { id: row.id, title: row.title, snippet: snippet.parts };
  });
  return { kind: 'events', total: ranked.total, totalExact: ranked.totalExact, results };
}

// Rows come back from `IN (…)` in table order; put them back in rank order.
function inOrder<T extends { seq: number }>(rowids: readonly number[], rows: readonly T[]): T[] {
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  return rowids.map((id) => bySeq.get(id)).filter((row): row is T => row !== undefined);
}
