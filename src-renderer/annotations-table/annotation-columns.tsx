// The annotations table's columns for TanStack Table v9: sorting only (done by
// SQLite); column ids are the core's sort fields. Tags and events do not sort:
// the core has no index for them (filter by them instead).

import { createColumnHelper, metaHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import { openSourceAt } from '../app/route.ts';
import { TagChip } from '../codebook/TagChip.tsx';
import { formatImportedAt } from '../library/format-cells.ts';
import type { AnchorStatus, AnnotationRow, TableSort } from './table-query.ts';

interface ColumnMeta {
  cellClass?: string;
}

export const annotationFeatures = tableFeatures({
  rowSortingFeature,
  columnMeta: metaHelper<ColumnMeta>(),
});

const helper = createColumnHelper<typeof annotationFeatures, AnnotationRow>();

export const statusLabels: Record<AnchorStatus, string> = { anchored: 'Anchored', moved: 'Moved', fuzzy: 'Fuzzy', orphaned: 'Orphaned' };

const none = <span className="cell-empty">—</span>;

export const annotationColumns = helper.columns([
  helper.accessor('sourceTitle', {
    id: 'source' satisfies TableSort,
    header: 'Source',
    cell: (info) => {
      const row = info.row.original;
      const land = row.start === null ? {} : { highlightId: row.id, at: row.start };
      return (
        <a
          className="ann-source-link"
          href={`#/sources/${encodeURIComponent(row.sourceId)}`}
          title={row.sourceTitle}
          tabIndex={-1}
          onClick={(event) => {
            event.preventDefault();
            openSourceAt(row.sourceId, land);
          }}
        >
          {info.getValue()}
        </a>
      );
    },
  }),
  helper.accessor('exact', {
    id: 'quote' satisfies TableSort,
    header: 'Quote',
    meta: { cellClass: 'ann-cell--quote' },
    cell: (info) => (
      <span className={`ann-quote ann-quote--${info.row.original.color}`} title={info.getValue()}>
        {info.getValue()}
      </span>
    ),
  }),
  helper.accessor('note', {
    id: 'note' satisfies TableSort,
    header: 'Note',
    meta: { cellClass: 'ann-cell--note' },
    cell: (info) => (info.getValue() === '' ? none : <span title={info.getValue()}>{info.getValue()}</span>),
  }),
  helper.accessor('tags', {
    id: 'tags',
    header: 'Tags',
    enableSorting: false,
    meta: { cellClass: 'ann-cell--chips' },
    cell: (info) =>
      info.getValue().length === 0 ? none : (
        <span className="ann-chips" title={info.getValue().map((tag) => tag.name).join(', ')}>
          {info.getValue().map((tag) => (
            <TagChip key={tag.id} name={tag.name} color={tag.color} />
          ))}
        </span>
      ),
  }),
  helper.accessor('events', {
    id: 'events',
    header: 'Events',
    enableSorting: false,
    meta: { cellClass: 'ann-cell--chips' },
    cell: (info) =>
      info.getValue().length === 0
        ? none
        : info.getValue().map((event) => (
            <span key={event.id} className="ann-event" title={`${event.title} (${event.stance})`}>
              {event.title}
            </span>
          )),
  }),
  helper.accessor('status', {
    id: 'status' satisfies TableSort,
    header: 'Status',
    cell: (info) => <span className={`ann-status ann-status--${info.getValue()}`}>{statusLabels[info.getValue()]}</span>,
  }),
  helper.accessor('createdAt', {
    id: 'createdAt' satisfies TableSort,
    header: 'Created',
    sortDescFirst: true,
    meta: { cellClass: 'cell--date' },
    cell: (info) => <time dateTime={info.getValue()}>{formatImportedAt(info.getValue())}</time>,
  }),
  helper.accessor('updatedAt', {
    id: 'updatedAt' satisfies TableSort,
    header: 'Updated',
    sortDescFirst: true,
    meta: { cellClass: 'cell--date' },
    cell: (info) => <time dateTime={info.getValue()}>{formatImportedAt(info.getValue())}</time>,
  }),
]);
