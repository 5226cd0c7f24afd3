// The annotations table's rows, a page at a time from SQLite as the user
// scrolls; filters and sorting happen in the core's query, never here.

import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { call } from '../api/call.ts';
import { queryKeys } from '../api/query-keys.ts';
import { toTableInput, type AnnotationRow, type AnnotationsQuery } from './table-query.ts';

const pageSize = 100;
const noRows: AnnotationRow[] = [];

export function useAnnotationPages(query: AnnotationsQuery) {
  const result = useInfiniteQuery({
    queryKey: queryKeys.annotationsTable(query),
    queryFn: ({ pageParam }) => call('annotations.table', toTableInput(query, pageParam, pageSize)),
    initialPageParam: 0,
    getNextPageParam: (lastPage, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0);
      // A total that is only "at least" grows as pages come: a full page means there may be more.
      const more = lastPage.totalExact ? loaded < lastPage.total : lastPage.rows.length === pageSize;
      return lastPage.rows.length > 0 && more ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });

  const rows = useMemo(() => {
    if (!result.data) return noRows;
    const seen = new Set<string>();
    const flat: AnnotationRow[] = [];
    for (const page of result.data.pages) {
      for (const row of page.rows) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        flat.push(row);
      }
    }
    return flat;
  }, [result.data]);

  const last = result.data?.pages.at(-1);
  return { ...result, rows, total: last?.total ?? 0, totalExact: last?.totalExact ?? true };
}
