// The library's order and paging: unknown publishers and dates last in both
// directions, pages that join up with no row lost or repeated, and every sort
// with an index walking it instead of sorting the whole table for each page.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../src-main/core/core.ts';
import { freshCore, importText, unwrap } from '../core-harness.ts';

let core: Core;

beforeEach(() => {
  core = freshCore();
});

afterEach(() => core.close());

// Known values in mixed case (the sort ignores case), some repeated (seq breaks the tie), and unknowns.
const metadata: { publisher?: string; publishedAt?: string }[] = [
  { publisher: 'delta Post', publishedAt: '2021-05-01' },
  {},
  { publisher: 'Alpha Times', publishedAt: '2019' },
  { publisher: 'charlie News' },
  {},
  { publisher: 'Alpha Times', publishedAt: '2021-05-01' },
  { publishedAt: '2020-02' },
  { publisher: 'bravo Wire' },
];

function seed(): string[] {
  return metadata.map((patch, i) => {
    const id = importText(core, `Body of source ${i}, different from the others.`, `Source ${i}`);
    if (Object.keys(patch).length > 0) unwrap(core.call('sources.update', { id, patch }));
    return id;
  });
}

type Field = 'publisher' | 'publishedAt';

/** The order the library promises, worked out here: known values by the column, unknowns last; ties by import order. */
function expected(ids: string[], field: Field, direction: 'asc' | 'desc'): string[] {
  const sign = direction === 'asc' ? 1 : -1;
  const key = (i: number) => metadata[i]?.[field]?.toLowerCase();
  return ids
    .map((id, i) => ({ id, i, key: key(i) }))
    .sort((a, b) => {
      if (a.key === undefined || b.key === undefined) return a.key === b.key ? sign * (a.i - b.i) : a.key === undefined ? 1 : -1;
      return a.key === b.key ? sign * (a.i - b.i) : sign * a.key.localeCompare(b.key);
    })
    .map((row) => row.id);
}

function pagedIds(field: Field, direction: 'asc' | 'desc', limit: number): string[] {
  const ids: string[] = [];
  for (let offset = 0; offset < metadata.length + limit; offset += limit) {
    const page = unwrap(core.call('sources.list', { sort: field, direction, offset, limit }));
    expect(page.total).toBe(metadata.length);
    ids.push(...page.rows.map((row) => row.id));
  }
  return ids;
}

describe('library order', () => {
  it.each([
    ['publisher', 'asc'],
    ['publisher', 'desc'],
    ['publishedAt', 'asc'],
    ['publishedAt', 'desc'],
  ] as const)('sorts by %s %s with unknowns last, in pages that join up', (field, direction) => {
    const ids = seed();
    const want = expected(ids, field, direction);
    const whole = unwrap(core.call('sources.list', { sort: field, direction, limit: 100 })).rows.map((row) => row.id);
    expect(whole).toEqual(want);
    // Page sizes that end a page before, on and across the boundary between known and unknown values.
    for (const limit of [1, 2, 3, 5]) expect(pagedIds(field, direction, limit)).toEqual(want);
  });

  it('keeps unknowns last under a filter, and counts only the matches', () => {
    seed();
    const page = unwrap(core.call('sources.list', { sort: 'publisher', direction: 'asc', titleContains: 'Source 1', limit: 10 }));
    expect(page.rows.map((row) => row.title)).toEqual(['Source 1']);
    expect(page.total).toBe(1);
    const alpha = unwrap(core.call('sources.list', { sort: 'publishedAt', direction: 'asc', publisherContains: 'alpha', limit: 10 }));
    expect(alpha.rows.map((row) => row.publishedAt)).toEqual(['2019', '2021-05-01']);
  });

  it('pages one kind in the sort\'s order without sorting all of that kind, and counts only when asked', () => {
    const ids = seed();
    const reports = ids.filter((_, i) => i % 3 !== 1);
    for (const id of reports) unwrap(core.call('sources.update', { id, patch: { kind: 'report' } }));
    const db = core.project.db;
    const prepare = vi.spyOn(db, 'prepare');
    const first = unwrap(core.call('sources.list', { kind: 'report', sort: 'importedAt', direction: 'asc', limit: 3 }));
    const pageSql = prepare.mock.calls.map(([sql]) => sql).find((sql) => /ORDER BY/.test(sql)) ?? '';
    prepare.mockRestore();
    expect(first).toMatchObject({ total: reports.length, rows: reports.slice(0, 3).map((id) => ({ id })) });
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${pageSql}`).all({ kind: 'report', limit: 3, offset: 0 }) as { detail: string }[]).map((row) => row.detail).join('; ');
    expect(plan).toMatch(/sources_imported_at/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    // A later page of the same filters: the same rows as when counted, and no count.
    const next = unwrap(core.call('sources.list', { kind: 'report', sort: 'importedAt', direction: 'asc', offset: 3, limit: 3, countTotal: false }));
    expect(next).toEqual({ ...unwrap(core.call('sources.list', { kind: 'report', sort: 'importedAt', direction: 'asc', offset: 3, limit: 3 })), total: null });
    expect(next.rows.map((row) => row.id)).toEqual(reports.slice(3, 6));
  });

  it('walks an index for every sort, in both directions', () => {
    seed();
    const db = core.project.db;
    const prepare = vi.spyOn(db, 'prepare');
    const sorts = ['title', 'publisher', 'publishedAt', 'kind', 'highlightCount', 'importedAt'] as const;
    for (const sort of sorts) {
      for (const direction of ['asc', 'desc'] as const) {
        prepare.mockClear();
        // Offset past the known values, so the ascending sorts also read their unknowns.
        unwrap(core.call('sources.list', { sort, direction, offset: 4, limit: 10 }));
        const pageQueries = prepare.mock.calls.map(([sql]) => sql).filter((sql) => /ORDER BY/.test(sql));
        expect(pageQueries.length).toBeGreaterThan(0);
        for (const sql of pageQueries) {
          const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ limit: 10, offset: 0 }) as { detail: string }[]).map((row) => row.detail).join('; ');
          expect(plan, `${sort} ${direction}: ${sql}`).not.toMatch(/TEMP B-TREE/);
        }
      }
    }
    prepare.mockRestore();
  });
});
