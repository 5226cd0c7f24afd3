// Which sources are worth scoring for "find this passage elsewhere": in a large
// library, the full-text index ranks every source by the passage's own words
// (any of them, so a reworded account still ranks), and only the best few are
// segmented and scored sentence by sentence.

import type Database from 'better-sqlite3';
import { statement } from '../project/statements.ts';

const maxWords = 16;
const minWordLength = 4;

/** Up to `limit` source ids other than `excludeId`, best candidates first. */
export function candidateSources(db: Database.Database, passage: string, excludeId: string, limit: number): string[] {
  const words = distinctiveWords(passage);
  if (words.length === 0) return [];
  // Each word is quoted, so nothing the user selected is read as FTS syntax.
  const match = words.map((word) => `"${word}"`).join(' OR ');
  const rows = statement(
    db,
    `SELECT s.id FROM sources_fts f JOIN sources s ON s.seq = f.rowid
     WHERE sources_fts MATCH ? AND s.id != ? ORDER BY f.rank LIMIT ?`,
  ).all(match, excludeId, limit) as { id: string }[];
  return rows.map((row) => row.id);
}

/** The passage's longer words, longest first: short ones are mostly function words that match everything. */
function distinctiveWords(passage: string): string[] {
  const words = new Set((passage.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= minWordLength));
  return [...words].sort((a, b) => b.length - a.length).slice(0, maxWords);
}
