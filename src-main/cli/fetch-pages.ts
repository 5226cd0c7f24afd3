// A whole listing read from one of the core's paged operations (`sources.list`,
// `annotations.list`), a page at a time, so any number of rows can be listed.

import type { Result } from '../core/api/errors.ts';

export interface Page<T> {
  rows: T[];
  total: number;
}

/** Calls `fetch` with growing offsets until `wanted` rows (or all of them) are in. */
export function fetchPages<T>(pageSize: number, wanted: number, fetch: (offset: number, limit: number) => Result<Page<T>>): Result<Page<T>> {
  const rows: T[] = [];
  let total = 0;
  for (;;) {
    const limit = Math.min(pageSize, wanted - rows.length);
    const page = fetch(rows.length, limit);
    if (!page.ok) return page;
    rows.push(...page.value.rows);
    total = page.value.total;
    if (page.value.rows.length < limit || rows.length >= wanted || rows.length >= total) break;
  }
  return { ok: true, value: { rows, total } };
}
