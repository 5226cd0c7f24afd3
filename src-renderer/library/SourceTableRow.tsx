// One body row of the library table, memoized: scrolling re-renders the table
// on every frame, and a row whose props are unchanged (same row object, same
// place, same focus) is not drawn again. Handlers come in stable (useLatestCallback).

import { FlexRender, type Row } from '@tanstack/react-table';
import { memo, type KeyboardEvent } from 'react';
import { openSource } from '../app/route.ts';
import type { libraryFeatures } from './library-columns.tsx';
import type { SourceRow } from './source-row.ts';

interface SourceTableRowProps {
  row: Row<typeof libraryFeatures, SourceRow>;
  index: number;
  /** Offset from the top of the body, in px. */
  start: number;
  active: boolean;
  onFocusRow: (index: number) => void;
  onRowKeyDown: (event: KeyboardEvent<HTMLDivElement>, index: number, id: string) => void;
}

export const SourceTableRow = memo(function SourceTableRow({ row, index, start, active, onFocusRow, onRowKeyDown }: SourceTableRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      data-index={index}
      data-source-id={row.id}
      className={`source-table__row source-table__row--body${active ? ' is-active' : ''}${index % 2 === 1 ? ' is-odd' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      onFocus={() => onFocusRow(index)}
      onDoubleClick={() => openSource(row.id)}
      onKeyDown={(event) => onRowKeyDown(event, index, row.id)}
    >
      {row.getAllCells().map((cell) => (
        <div key={cell.id} role="gridcell" className={`source-table__cell ${cell.column.columnDef.meta?.cellClass ?? ''}`}>
          <FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
});
