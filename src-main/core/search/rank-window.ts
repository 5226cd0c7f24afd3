// Ranking that stays fast on common words: FTS5 ranks every match before it
// can return the best few (LIMITS.md: 118 ms p50 for a very common word at
// 100k sources). We read the newest matches by rowid, which FTS5 does without
// ranking and stops at the LIMIT, rank only those with bm25, and say when
// there were more.

import type Database from 'better-sqlite3';
import { statement } from '../project/statements.ts';

/** How many of the newest matches are ranked; beyond this the total is "at least". */
export const RANK_WINDOW = 1000;

export interface RankedRows {
  rowids: number[];
  /** Matches counted, up to the window. */
  total: number;
  /** False when there are more matches than were counted (total is a lower bound). */
  totalExact: boolean;
}

export interface FtsTable {
  name: 'sources_fts' | 'highlights_fts' | 'events_fts';
  /** bm25 weight per column, in the table's column order (a title counts more than body text). */
  weights: readonly number[];
}

export function rankWindow(db: Database.Database, table: FtsTable, match: string, limit: number, window = RANK_WINDOW): RankedRows {
  // The table name and weights come from our own constants, never from the user.
  const sql = `SELECT rowid AS id, bm25(${table.name}, ${table.weights.join(', ')}) AS score
    FROM ${table.name} WHERE ${table.name} MATCH ? ORDER BY rowid DESC LIMIT ?`;
  const rows = statement(db, sql).all(match, window + 1) as { id: number; score: number }[];
  const totalExact = rows.length <= window;
  const counted = totalExact ? rows : rows.slice(0, window);
  // bm25 is lower for better matches; among equals the newer row first.
  counted.sort((a, b) => a.score - b.score || b.id - a.id);
  return { rowids: counted.slice(0, limit).map((r) => r.id), total: counted.length, totalExact };
}
