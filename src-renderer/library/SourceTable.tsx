// The library table: TanStack Table v9 for the columns and sort state (the
// sorting itself is SQLite's), TanStack Virtual to draw only the visible rows,
// and a roving focus so arrow keys move between rows and Enter opens one.

import { useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { openSource } from '../app/route.ts';
import { useLatestCallback } from '../app/use-latest-callback.ts';
import { libraryColumns, libraryFeatures } from './library-columns.tsx';
import { isSortField, type LibraryQuery, type SortDirection, type SortField } from './library-query.ts';
import type { SourceRow } from './source-row.ts';
import { SourceTableRow } from './SourceTableRow.tsx';

const rowHeight = 34;
// Ask SQLite for the next page while this many loaded rows are still below the fold.
const prefetchMargin = 30;

interface SourceTableProps {
  rows: SourceRow[];
  total: number;
  query: LibraryQuery;
  onSortChange: (sort: SortField, direction: SortDirection) => void;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  /** Shown in place of the rows when there are none. */
  empty: ReactNode;
}

export function SourceTable({ rows, total, query, onSortChange, hasNextPage, isFetchingNextPage, fetchNextPage, empty }: SourceTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const focusAfterScroll = useRef<number | null>(null);

  const sorting = useMemo<SortingState>(() => [{ id: query.sort, desc: query.direction === 'desc' }], [query.sort, query.direction]);

  const table = useTable({
    features: libraryFeatures,
    columns: libraryColumns,
    data: rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = (typeof updater === 'function' ? updater(sorting) : updater)[0];
      if (next && isSortField(next.id)) onSortChange(next.id, next.desc ? 'desc' : 'asc');
    },
  });

  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => tableRows[index]?.id ?? index,
    overscan: 12,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastVisible = virtualItems.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastVisible >= tableRows.length - prefetchMargin) fetchNextPage();
  }, [lastVisible, tableRows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  // A new sort or filter starts the list over.
  useEffect(() => {
    setActiveIndex(0);
    virtualizer.scrollToOffset(0);
  }, [query, virtualizer]);

  const active = Math.min(activeIndex, Math.max(0, tableRows.length - 1));

  // Focus moves only once the row it goes to has been drawn.
  useEffect(() => {
    const index = focusAfterScroll.current;
    if (index === null) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (element) {
      focusAfterScroll.current = null;
      element.focus({ preventScroll: true });
    }
  });

  function moveTo(index: number) {
    const target = Math.max(0, Math.min(tableRows.length - 1, index));
    setActiveIndex(target);
    focusAfterScroll.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
  }

  const onRowKeyDown = useLatestCallback((event: KeyboardEvent<HTMLDivElement>, index: number, id: string) => {
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 2);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + pageRows,
      PageUp: index - pageRows,
      Home: 0,
      End: tableRows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openSource(id);
    }
  });

  return (
    <div
      ref={scrollRef}
      className="source-table"
      role="grid"
      aria-label="Sources"
      aria-rowcount={total + 1}
      aria-colcount={libraryColumns.length}
      aria-busy={isFetchingNextPage}
    >
      <div role="rowgroup" className="source-table__head">
        {table.getHeaderGroups().map((group) => (
          <div key={group.id} role="row" aria-rowindex={1} className="source-table__row source-table__row--head">
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const cellClass = header.column.columnDef.meta?.cellClass ?? '';
              return (
                <div
                  key={header.id}
                  role="columnheader"
                  className={`source-table__header ${cellClass}`}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                >
                  <button type="button" className="source-table__sort" onClick={header.column.getToggleSortingHandler()}>
                    <span className="source-table__sort-label">
                      <table.FlexRender header={header} />
                    </span>
                    <span className={`sort-indicator${sorted ? ' sort-indicator--on' : ''}`} aria-hidden="true">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '▲'}
                    </span>
                  </button>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {tableRows.length === 0 ? (
        <div role="rowgroup">
          <div role="row">
            <div role="gridcell" aria-colspan={libraryColumns.length} className="source-table__empty">
              {empty}
            </div>
          </div>
        </div>
      ) : (
        <div role="rowgroup" className="source-table__body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualItems.map((item) => {
            const row = tableRows[item.index];
            if (!row) return null;
            return <SourceTableRow key={row.id} row={row} index={item.index} start={item.start} active={item.index === active} onFocusRow={setActiveIndex} onRowKeyDown={onRowKeyDown} />;
          })}
        </div>
      )}
    </div>
  );
}
