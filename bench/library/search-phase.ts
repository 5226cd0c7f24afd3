// Search latency: search.query through the core against the same FTS5 query
// written raw (ORDER BY rank with snippet(), LIMIT 20), on the same file,
// interleaved query by query so a noisy machine hurts both sides alike.

import Database from 'better-sqlite3';
import { latency, createMemoryWatch, time, type Latency, type MemoryFigures } from '../lib/stats.ts';
import { openCore } from '../../src-main/core/core.ts';
import { toFtsMatch, inColumns } from '../../src-main/core/search/fts-match.ts';
import { parseQuery } from '../../src-main/core/search/query-parser.ts';
import { searchCases } from './queries.ts';

export interface SearchArgs {
  libraryFile: string;
  size: number;
  perCase: number;
  repeats: number;
}

export interface SearchCaseResult {
  name: string;
  queries: string[];
  /** search.query, sources only / all four kinds. */
  oursSources: Latency;
  oursAll: Latency;
  rawSources: Latency;
  rawAll: Latency;
  /** Mean matches per query (sources), to show how common each case is. */
  meanSourceMatches: number;
}

export interface SearchPhase {
  cases: SearchCaseResult[];
  memory: MemoryFigures;
}

const LIMIT = 20;

export function searchPhase(args: SearchArgs): SearchPhase {
  const memory = createMemoryWatch();
  const core = openCore(args.libraryFile, { create: false });
  const raw = new Database(args.libraryFile, { readonly: true });
  const rawSources = raw.prepare(
    `SELECT s.id, s.title, snippet(sources_fts, 1, '[', ']', '…', 24) AS snippet FROM sources_fts JOIN sources s ON s.seq = sources_fts.rowid
     WHERE sources_fts MATCH ? ORDER BY rank LIMIT ${LIMIT}`,
  );
  const rawHighlights = raw.prepare(
    `SELECT k.highlight_id, snippet(highlights_fts, -1, '[', ']', '…', 24) AS snippet FROM highlights_fts
     JOIN highlight_search_keys k ON k.seq = highlights_fts.rowid WHERE highlights_fts MATCH ? ORDER BY rank LIMIT ${LIMIT}`,
  );
  const rawEvents = raw.prepare(
    `SELECT k.event_id, snippet(events_fts, -1, '[', ']', '…', 24) AS snippet FROM events_fts
     JOIN event_search_keys k ON k.seq = events_fts.rowid WHERE events_fts MATCH ? ORDER BY rank LIMIT ${LIMIT}`,
  );
  const countSources = raw.prepare('SELECT COUNT(*) FROM sources_fts WHERE sources_fts MATCH ?').pluck();

  const cases = searchCases(args.perCase, args.size).map((searchCase): SearchCaseResult => {
    const samples = { oursSources: [] as number[], oursAll: [] as number[], rawSources: [] as number[], rawAll: [] as number[] };
    let matches = 0;
    for (const query of searchCase.queries) {
      const root = parseQuery(query, { prefixLast: searchCase.asYouType });
      if (root === null) continue;
      const match = toFtsMatch(root);
      matches += countSources.get(match) as number;
      const ours = (kinds: ('sources' | 'highlights' | 'notes' | 'events')[] | undefined) => () => {
        const result = core.call('search.query', { query, limit: LIMIT, asYouType: searchCase.asYouType, ...(kinds ? { kinds } : {}) });
        if (!result.ok) throw new Error(`${query}: ${result.error.message}`);
      };
      const rawOnlySources = () => rawSources.all(match);
      const rawEverything = () => {
        rawSources.all(match);
        rawHighlights.all(inColumns(match, ['exact']));
        rawHighlights.all(inColumns(match, ['note']));
        rawEvents.all(match);
      };
      // One untimed round warms the page cache for both sides.
      ours(['sources'])();
      rawEverything();
      for (let r = 0; r < args.repeats; r += 1) {
        samples.oursSources.push(time(ours(['sources'])));
        samples.rawSources.push(time(rawOnlySources));
        samples.oursAll.push(time(ours(undefined)));
        samples.rawAll.push(time(rawEverything));
        memory.sample();
      }
    }
    return {
      name: searchCase.name,
      queries: searchCase.queries,
      oursSources: latency(samples.oursSources),
      oursAll: latency(samples.oursAll),
      rawSources: latency(samples.rawSources),
      rawAll: latency(samples.rawAll),
      meanSourceMatches: Math.round(matches / Math.max(1, searchCase.queries.length)),
    };
  });
  raw.close();
  core.close();
  return { cases, memory: memory.figures() };
}
