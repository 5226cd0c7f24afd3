// The annotations table chooses a different SQL shape per request (see
// table-plan.ts). Whatever it chooses, the page must be what the plain query
// says, and the headline cases must read an index in order instead of sorting.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { annotationsTableInput } from '../../../src-main/core/search/table/table-input.ts';
import { annotationsTable, pageQuery } from '../../../src-main/core/search/table/table-query.ts';
import { seedHighlights, seedSources, seedTags } from '../../../bench/library/seed.ts';
import { freshCore, unwrap } from '../core-harness.ts';

let core: Core;
let tags: string[];
const HIGHLIGHTS = 8000;

beforeAll(() => {
  core = freshCore();
  seedSources(core.project.db, 0, 40);
  tags = seedTags(core.project.db);
  seedHighlights(core.project.db, HIGHLIGHTS, tags);
}, 120_000);
afterAll(() => core.close());

const naiveOrder: Record<string, string> = {
  createdAt: 'h.created_at {d}, h.rowid {d}',
  updatedAt: 'h.updated_at {d}, h.rowid {d}',
  status: 'h.status {d}, h.created_at {d}, h.rowid {d}',
  color: 'h.color {d}, h.created_at {d}, h.rowid {d}',
  quote: 'substr(h.exact, 1, 40) COLLATE NOCASE {d}, h.rowid {d}',
  note: 'substr(h.note, 1, 40) COLLATE NOCASE {d}, h.rowid {d}',
  source: 's.title COLLATE NOCASE {d}, s.seq {d}, h.start {d}, h.rowid {d}',
};

// The same request as one plain query: every filter a WHERE term, SQLite sorting.
function naive(input: { tagIds?: string[]; sourceKind?: string; query?: string; status?: string[]; sort: string; direction: 'asc' | 'desc'; offset: number }): string[] {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const tag of input.tagIds ?? []) {
    where.push('h.id IN (SELECT highlight_id FROM highlight_tags WHERE tag_id = ?)');
    params.push(tag);
  }
  if (input.sourceKind) {
    where.push('s.kind = ?');
    params.push(input.sourceKind);
  }
  if (input.status) {
    where.push(`h.status IN (${input.status.map(() => '?').join(', ')})`);
    params.push(...input.status);
  }
  if (input.query) {
    where.push('h.id IN (SELECT k.highlight_id FROM highlight_search_keys k JOIN highlights_fts f ON f.rowid = k.seq WHERE highlights_fts MATCH ?)');
    params.push(`"${input.query}"`);
  }
  const order = (naiveOrder[input.sort] ?? '').replaceAll('{d}', input.direction.toUpperCase());
  const sql = `SELECT h.id FROM highlights h JOIN sources s ON s.id = h.source_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT 50 OFFSET ${input.offset}`;
  return core.project.db.prepare(sql).pluck().all(...params) as string[];
}

// A low threshold makes the small test library behave like a large one: filters count as frequent.
const LARGE = 200;

function plan(input: object, selectiveRows: number | undefined = LARGE): string {
  const page = pageQuery(core.project.db, annotationsTableInput.parse(input), selectiveRows);
  return (core.project.db.prepare(`EXPLAIN QUERY PLAN ${page.sql}`).all(page.params) as { detail: string }[]).map((r) => r.detail).join('\n');
}

describe('annotations.table plans', () => {
  it('returns what the plain query returns, for every shape of request', () => {
    core.project.db.prepare(`UPDATE highlights SET status = 'fuzzy' WHERE rowid % 97 = 0`).run();
    const frequent = tags[0] ?? '';
    const rare = core.project.db.prepare('SELECT tag_id FROM tag_highlight_counts ORDER BY highlights LIMIT 1').pluck().get() as string;
    const filterSets = [
      {},
      { tagIds: [frequent] },
      { tagIds: [rare] },
      { tagIds: [frequent, tags[1] ?? ''] },
      { sourceKind: 'report' as const },
      { tagIds: [frequent], sourceKind: 'news' as const },
      { query: 'disputed' },
      { query: 'disputed', tagIds: [frequent] },
      { status: ['fuzzy' as const] },
    ];
    for (const filters of filterSets) {
      for (const sort of ['createdAt', 'quote', 'source', 'note', 'status'] as const) {
        for (const [direction, offset] of [['desc', 0], ['asc', 120]] as const) {
          const input = { ...filters, sort, direction, offset, limit: 50 };
          const expected = naive(input);
          expect(unwrap(core.call('annotations.table', input)).rows.map((r) => r.id), JSON.stringify(input)).toEqual(expected);
          const asIfLarge = annotationsTable(core.project.db, annotationsTableInput.parse(input), LARGE).rows.map((r) => r.id);
          expect(asIfLarge, `${JSON.stringify(input)} as on a large library`).toEqual(expected);
        }
      }
    }
  });

  it('counts exactly what is cheap to count (a lone tag from its kept count), and says "at least" otherwise', () => {
    const frequent = tags[0] ?? '';
    const links = core.project.db.prepare('SELECT COUNT(*) FROM highlight_tags WHERE tag_id = ?').pluck().get(frequent);
    expect(unwrap(core.call('annotations.table', { tagIds: [frequent] }))).toMatchObject({ total: links, totalExact: true });
    expect(unwrap(core.call('annotations.table', {}))).toMatchObject({ total: HIGHLIGHTS, totalExact: true });
    const news = core.project.db.prepare(`SELECT COUNT(*) FROM highlights h JOIN sources s ON s.id = h.source_id WHERE s.kind = 'news'`).pluck().get() as number;
    expect(news).toBeGreaterThan(1050);
    // A broad filter is counted a little past the page asked for: "at least" on the first page, exact near the end.
    expect(annotationsTable(core.project.db, annotationsTableInput.parse({ sourceKind: 'news' }), LARGE)).toMatchObject({ total: 1050, totalExact: false });
    expect(annotationsTable(core.project.db, annotationsTableInput.parse({ sourceKind: 'news', offset: news - 60 }), LARGE)).toMatchObject({ total: news, totalExact: true });
    // Several broad filters: only what the pages so far show.
    expect(annotationsTable(core.project.db, annotationsTableInput.parse({ sourceKind: 'news', status: ['anchored'] }), LARGE)).toMatchObject({ total: 51, totalExact: false });
    const fuzzy = core.project.db.prepare(`SELECT COUNT(*) FROM highlights WHERE status = 'fuzzy'`).pluck().get();
    expect(annotationsTable(core.project.db, annotationsTableInput.parse({ status: ['fuzzy'] }))).toMatchObject({ total: fuzzy, totalExact: true });
  });

  it('reads a tag page by date from (tag_id, created_at), without sorting', () => {
    const details = plan({ tagIds: [tags[0]], sort: 'createdAt' });
    expect(details).toMatch(/highlight_tags_tag_created/);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });

  it('picks a lone tag\'s page from its index alone and joins only the page\'s rows', () => {
    const details = plan({ tagIds: [tags[0]], sort: 'createdAt', offset: 500 });
    // The offset's skipped rows are index entries only: no lookup of highlights or sources for them.
    expect(details).toMatch(/CO-ROUTINE page\nSEARCH ht USING COVERING INDEX highlight_tags_tag_created/);
    expect(details).toMatch(/SCAN page\nSEARCH ht USING INTEGER PRIMARY KEY/);
  });

  it('walks the sort index and tests a frequent filter row by row', () => {
    for (const [input, index] of [
      [{ tagIds: [tags[0]], sort: 'quote' }, 'highlights_exact_sort'],
      [{ sourceKind: 'report', sort: 'createdAt' }, 'highlights_created_at'],
      [{ sort: 'source' }, 'sources_title'],
      [{ sort: 'note' }, 'highlights_note_sort'],
    ] as const) {
      const details = plan(input);
      expect(details, JSON.stringify(input)).toMatch(new RegExp(`SCAN \\w+ USING (COVERING )?INDEX ${index}`));
      expect(details, JSON.stringify(input)).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('starts from a rare filter and sorts its few rows', () => {
    const rare = core.project.db.prepare('SELECT tag_id FROM tag_highlight_counts ORDER BY highlights LIMIT 1').pluck().get() as string;
    expect(plan({ tagIds: [rare], sort: 'quote' }, undefined)).toMatch(/LIST SUBQUERY|highlight_tags_tag_created|USING INDEX .*\(tag_id=\?\)/);
  });
});
