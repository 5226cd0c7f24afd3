// One body row of the annotations table, memoized: scrolling re-renders the
// table on every frame, and a row whose props are unchanged (same row object,
// place, focus and check) is not drawn again. Handlers come in stable (useLatestCallback).

import { FlexRender, type Row } from '@tanstack/react-table';
import { memo, type KeyboardEvent } from 'react';
import type { annotationFeatures } from './annotation-columns.tsx';
import type { AnnotationRow } from './table-query.ts';

interface AnnotationTableRowProps {
  row: Row<typeof annotationFeatures, AnnotationRow>;
  index: number;
  /** Offset from the top of the body, in px. */
  start: number;
  active: boolean;
  checked: boolean;
  onFocusRow: (index: number) => void;
  onRowKeyDown: (event: KeyboardEvent<HTMLDivElement>, index: number, row: AnnotationRow) => void;
  onToggle: (index: number, shift: boolean) => void;
}

export const AnnotationTableRow = memo(function AnnotationTableRow({ row, index, start, active, checked, onFocusRow, onRowKeyDown, onToggle }: AnnotationTableRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={checked}
      data-index={index}
      data-highlight-id={row.id}
      tabIndex={active ? 0 : -1}
      onFocus={() => onFocusRow(index)}
      onKeyDown={(event) => onRowKeyDown(event, index, row.original)}
      className={`ann-table__row ann-table__row--body${checked ? ' is-checked' : ''}${index % 2 === 1 ? ' is-odd' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
    >
      <div role="gridcell" className="ann-table__cell ann-cell--check">
        <input
          type="checkbox"
          aria-label={`Select “${row.original.exact.slice(0, 60)}”`}
          checked={checked}
          // React's change for a checkbox is the native click: Shift on it extends the range.
          onChange={(event) => onToggle(index, shiftHeld(event.nativeEvent))}
        />
      </div>
      {row.getAllCells().map((cell) => (
        <div key={cell.id} role="gridcell" className={`ann-table__cell ${cell.column.columnDef.meta?.cellClass ?? ''}`}>
          <FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
});

function shiftHeld(event: Event): boolean {
  return event instanceof MouseEvent && event.shiftKey;
}
