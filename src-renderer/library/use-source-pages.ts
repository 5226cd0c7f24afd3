// The library's rows, fetched from SQLite a page at a time as the user scrolls
// (sorting and filtering happen in the query, never in the renderer).

import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { call } from '../api/call.ts';
import { queryKeys } from '../api/query-keys.ts';
import { toListInput, type LibraryQuery } from './library-query.ts';
import type { SourceRow } from './source-row.ts';

const pageSize = 100;
const noRows: SourceRow[] = [];

export function useSourcePages(query: LibraryQuery) {
  const result = useInfiniteQuery({
    queryKey: queryKeys.sourceList(query),
    // Only the first page counts the matches: later pages share its filters, and a change
    // (new filters, or data changed) refetches from the first page, so its total stays current.
    queryFn: ({ pageParam }) => call('sources.list', { ...toListInput(query, pageParam, pageSize), countTotal: pageParam === 0 }),
    initialPageParam: 0,
    getNextPageParam: (lastPage, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0);
      return lastPage.rows.length > 0 && loaded < (pages[0]?.total ?? 0) ? loaded : undefined;
    },
    // Keep the old rows on screen while a new sort or filter loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });

  const rows = useMemo(() => {
    if (!result.data) return noRows;
    // A source imported between two page loads shifts the offsets; never show one twice.
    const seen = new Set<string>();
    const flat: SourceRow[] = [];
    for (const page of result.data.pages) {
      for (const row of page.rows) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        flat.push(row);
      }
    }
    return flat;
  }, [result.data]);

  const total = result.data?.pages[0]?.total ?? 0;
  return { ...result, rows, total };
}
