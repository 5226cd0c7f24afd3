// The annotations grid: TanStack Table v9 for columns and sort state (the
// sorting itself is SQLite's), TanStack Virtual to draw only visible rows and
// ask for the next page near the end, and a checkbox per row for bulk actions.
// Keyboard: ↑↓ (Page Up/Down, Home/End) move between rows, Space checks one, Enter opens it in the reader.

import { useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { openSourceAt } from '../app/route.ts';
import { useLatestCallback } from '../app/use-latest-callback.ts';
import { annotationColumns, annotationFeatures } from './annotation-columns.tsx';
import { AnnotationTableRow } from './AnnotationTableRow.tsx';
import { isSortField, type AnnotationRow, type AnnotationsQuery, type TableSort } from './table-query.ts';
import type { RowSelection } from './use-row-selection.ts';

const rowHeight = 44;
const prefetchMargin = 30;

interface AnnotationTableProps {
  rows: AnnotationRow[];
  total: number;
  query: AnnotationsQuery;
  selection: RowSelection;
  onSortChange: (sort: TableSort, direction: 'asc' | 'desc') => void;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  empty: ReactNode;
}

export function AnnotationTable({ rows, total, query, selection, onSortChange, hasNextPage, isFetchingNextPage, fetchNextPage, empty }: AnnotationTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const sorting = useMemo<SortingState>(() => [{ id: query.sort, desc: query.direction === 'desc' }], [query.sort, query.direction]);

  const table = useTable({
    features: annotationFeatures,
    columns: annotationColumns,
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
    overscan: 10,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastVisible = virtualItems.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastVisible >= tableRows.length - prefetchMargin) fetchNextPage();
  }, [lastVisible, tableRows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const [activeIndex, setActiveIndex] = useState(0);
  const focusAfterScroll = useRef<number | null>(null);
  useEffect(() => {
    setActiveIndex(0);
    virtualizer.scrollToOffset(0);
  }, [query, virtualizer]);
  const active = Math.min(activeIndex, Math.max(0, tableRows.length - 1));

  // Focus moves only once the row it goes to has been drawn.
  useEffect(() => {
    const index = focusAfterScroll.current;
    if (index === null) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[role=row][data-index="${index}"]`);
    if (element) {
      focusAfterScroll.current = null;
      element.focus({ preventScroll: true });
    }
  });

  const onToggle = useLatestCallback(selection.toggle);
  const onRowKeyDown = useLatestCallback((event: KeyboardEvent<HTMLDivElement>, index: number, row: AnnotationRow) => {
    // Keys typed into the row's checkbox or link are theirs.
    if (event.target !== event.currentTarget) return;
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 2);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + pageRows, PageUp: index - pageRows, Home: 0, End: tableRows.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      const clamped = Math.max(0, Math.min(tableRows.length - 1, target));
      setActiveIndex(clamped);
      focusAfterScroll.current = clamped;
      virtualizer.scrollToIndex(clamped, { align: 'auto' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openSourceAt(row.sourceId, row.start === null ? {} : { highlightId: row.id, at: row.start });
    } else if (event.key === ' ') {
      event.preventDefault();
      selection.toggle(index, event.shiftKey);
    }
  });

  const colCount = annotationColumns.length + 1;
  return (
    <div ref={scrollRef} className="ann-table" role="grid" aria-label="Annotations" aria-rowcount={total + 1} aria-colcount={colCount} aria-multiselectable="true" aria-busy={isFetchingNextPage}>
      <div role="rowgroup" className="ann-table__head">
        {table.getHeaderGroups().map((group) => (
          <div key={group.id} role="row" aria-rowindex={1} className="ann-table__row ann-table__row--head">
            <div role="columnheader" className="ann-table__header ann-cell--check">
              <input
                type="checkbox"
                aria-label="Select all loaded rows"
                checked={selection.allChecked}
                ref={(box) => {
                  if (box) box.indeterminate = selection.someChecked;
                }}
                onChange={(event) => selection.setAll(event.target.checked)}
              />
            </div>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const cellClass = header.column.columnDef.meta?.cellClass ?? '';
              const canSort = header.column.getCanSort();
              return (
                <div key={header.id} role="columnheader" className={`ann-table__header ${cellClass}`} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                  {canSort ? (
                    <button type="button" className="ann-table__sort" onClick={header.column.getToggleSortingHandler()}>
                      <span className="ann-table__sort-label">
                        <table.FlexRender header={header} />
                      </span>
                      <span className={`sort-indicator${sorted ? ' sort-indicator--on' : ''}`} aria-hidden="true">
                        {sorted === 'desc' ? '▼' : '▲'}
                      </span>
                    </button>
                  ) : (
                    <span className="ann-table__plain-header" title="Filter by this column instead; it cannot be sorted.">
                      <table.FlexRender header={header} />
                    </span>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {tableRows.length === 0 ? (
        <div role="rowgroup">
          <div role="row">
            <div role="gridcell" aria-colspan={colCount} className="ann-table__empty">
              {empty}
            </div>
          </div>
        </div>
      ) : (
        <div role="rowgroup" className="ann-table__body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualItems.map((item) => {
            const row = tableRows[item.index];
            if (!row) return null;
            return (
              <AnnotationTableRow
                key={row.id}
                row={row}
                index={item.index}
                start={item.start}
                active={item.index === active}
                checked={selection.has(row.id)}
                onFocusRow={setActiveIndex}
                onRowKeyDown={onRowKeyDown}
                onToggle={onToggle}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}
