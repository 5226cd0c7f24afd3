// search.query: one box over source titles and text, highlight quotes, notes
// and event titles. Parses the user's text (a clear message when it cannot),
// then asks each kind's index for its best few results.

import type Database from 'better-sqlite3';
import { z } from 'zod';
import { positivePhrases, toFtsMatch } from './fts-match.ts';
import { parseQuery } from './query-parser.ts';
import { searchGroup } from './search-groups.ts';
import { searchKinds, type SearchResponse } from './search-types.ts';
import { MAX_SEARCH_QUERY_CHARS, MAX_SEARCH_RESULTS, tooLong } from '../limits.ts';

export const searchQueryInput = z.object({
  query: z.string().max(MAX_SEARCH_QUERY_CHARS, tooLong('a search', MAX_SEARCH_QUERY_CHARS)),
  kinds: z.array(z.enum(searchKinds)).min(1).max(searchKinds.length).optional(),
  limit: z.number().int().min(1).max(MAX_SEARCH_RESULTS).default(20),
  /** Search as you type: the word still being typed matches as a prefix, and an open quote is closed. */
  asYouType: z.boolean().default(false),
});

export function searchQuery(db: Database.Database, input: z.output<typeof searchQueryInput>): SearchResponse {
  const started = performance.now();
  const root = parseQuery(input.query, { prefixLast: input.asYouType });
  if (root === null) return { groups: [], tookMs: elapsed(started) };
  const match = toFtsMatch(root);
  const phrases = positivePhrases(root);
  // Kinds in a fixed order whatever order they were asked in, each once.
  const kinds = searchKinds.filter((kind) => input.kinds === undefined || input.kinds.includes(kind));
  const groups = kinds.map((kind) => searchGroup(db, kind, { match, phrases, limit: input.limit }));
  return { groups, tookMs: elapsed(started) };
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}
