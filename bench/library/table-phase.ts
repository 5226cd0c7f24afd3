// The annotations table at scale: annotations.table through the core against
// the raw indexed query for the headline case (a frequent tag, newest first,
// a page of 50), plus our figures for the other sorts and filters.

import Database from 'better-sqlite3';
import { createMemoryWatch, latency, time, type Latency, type MemoryFigures } from '../lib/stats.ts';
import { openCore } from '../../src-main/core/core.ts';
import type { OperationInput } from '../../src-main/core/api/operations.ts';

export interface TableArgs {
  libraryFile: string;
  repeats: number;
}

export interface TablePhase {
  highlights: number;
  tagLinks: number;
  frequentTagLinks: number;
  /** The headline case: ours vs the raw page query, and vs raw doing the same work (page + count + tags). */
  tagPage: { ours: Latency; rawPage: Latency; rawSameWork: Latency };
  /** Other cases, ours only. */
  others: { name: string; ours: Latency }[];
  memory: MemoryFigures;
}

const offsets = [0, 50, 100, 250, 500];

export function tablePhase(args: TableArgs): TablePhase {
  const memory = createMemoryWatch();
  const core = openCore(args.libraryFile, { create: false });
  const raw = new Database(args.libraryFile, { readonly: true });
  const frequentTag = raw.prepare('SELECT tag_id FROM highlight_tags GROUP BY tag_id ORDER BY COUNT(*) DESC LIMIT 1').pluck().get() as string;
  const rawPage = raw.prepare(
    `SELECT h.id, h.source_id, h.exact, h.note, h.status, h.color, h.start, h.created_at, s.title
     FROM highlight_tags ht JOIN highlights h ON h.id = ht.highlight_id JOIN sources s ON s.id = h.source_id
     WHERE ht.tag_id = ? ORDER BY ht.created_at DESC LIMIT 50 OFFSET ?`,
  );
  const rawCount = raw.prepare('SELECT COUNT(*) FROM highlight_tags WHERE tag_id = ?').pluck();
  const rawTags = raw.prepare(
    `SELECT ht.highlight_id, t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id IN (SELECT value FROM json_each(?))`,
  );
  const ours = (input: OperationInput<'annotations.table'>) => () => {
    const result = core.call('annotations.table', input);
    if (!result.ok) throw new Error(result.error.message);
  };

  const samples = { ours: [] as number[], rawPage: [] as number[], rawSameWork: [] as number[] };
  // Each round starts with a different one of the three: whichever runs just after the
  // other connection's work (rawSameWork counts a whole tag) pays for the caches it
  // left cold, so a fixed order would charge that to one side every time.
  const turnOrder = (round: number): (keyof typeof samples)[] => (['ours', 'rawPage', 'rawSameWork'] as const).map((_, k, all) => all[(round + k) % all.length] ?? 'ours');
  for (let r = -3; r < args.repeats; r += 1) {
    const offset = offsets[Math.max(0, r) % offsets.length] ?? 0;
    const measure: Record<keyof typeof samples, () => void> = {
      ours: ours({ tagIds: [frequentTag], sort: 'createdAt', direction: 'desc', offset, limit: 50 }),
      rawPage: () => rawPage.all(frequentTag, offset),
      rawSameWork: () => {
        const rows = rawPage.all(frequentTag, offset) as { id: string }[];
        rawCount.get(frequentTag);
        rawTags.all(JSON.stringify(rows.map((row) => row.id)));
      },
    };
    for (const name of turnOrder(r + 3)) {
      const took = time(measure[name]);
      if (r >= 0) samples[name].push(took); // the first rounds only warm the caches
    }
    memory.sample();
  }

  const otherCases: { name: string; input: OperationInput<'annotations.table'> }[] = [
    { name: 'all, newest first', input: { sort: 'createdAt' } },
    { name: 'all, by quote', input: { sort: 'quote', direction: 'asc' } },
    { name: 'all, by source title', input: { sort: 'source', direction: 'asc' } },
    { name: 'all, by note', input: { sort: 'note', direction: 'desc' } },
    { name: 'status fuzzy+orphaned', input: { status: ['fuzzy', 'orphaned'] } },
    { name: 'source kind = report', input: { sourceKind: 'report' } },
    { name: 'frequent tag, by quote', input: { tagIds: [frequentTag], sort: 'quote' } },
    { name: 'search "disputed"', input: { query: 'disputed' } },
    { name: 'date range, one week', input: { from: '2021-02-01', to: '2021-02-07' } },
  ];
  const others = otherCases.map(({ name, input }) => {
    const times: number[] = [];
    for (let r = -1; r < Math.min(args.repeats, 20); r += 1) {
      const t = time(ours({ ...input, offset: offsets[Math.max(0, r) % offsets.length] ?? 0 }));
      if (r >= 0) times.push(t);
      memory.sample();
    }
    return { name, ours: latency(times) };
  });

  const counts = raw
    .prepare(`SELECT (SELECT COUNT(*) FROM highlights) AS h, (SELECT COUNT(*) FROM highlight_tags) AS l, (SELECT COUNT(*) FROM highlight_tags WHERE tag_id = ?) AS f`)
    .get(frequentTag) as { h: number; l: number; f: number };
  raw.close();
  core.close();
  return {
    highlights: counts.h,
    tagLinks: counts.l,
    frequentTagLinks: counts.f,
    tagPage: { ours: latency(samples.ours), rawPage: latency(samples.rawPage), rawSameWork: latency(samples.rawSameWork) },
    others,
    memory: memory.figures(),
  };
}
