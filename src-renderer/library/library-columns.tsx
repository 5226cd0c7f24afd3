// The library table's definition for TanStack Table v9: its features (sorting
// only, done by SQLite) and the six columns, each named after its sort field.

import { createColumnHelper, metaHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import { sourceKindLabels } from '../api/source-kinds.ts';
import { openSource } from '../app/route.ts';
import { formatImportedAt } from './format-cells.ts';
import type { SortField } from './library-query.ts';
import type { SourceRow } from './source-row.ts';

interface LibraryColumnMeta {
  /** Extra class on the header and body cells (alignment, number styling). */
  cellClass?: string;
}

export const libraryFeatures = tableFeatures({
  rowSortingFeature,
  columnMeta: metaHelper<LibraryColumnMeta>(),
});

const helper = createColumnHelper<typeof libraryFeatures, SourceRow>();

// Column ids are the `sources.list` sort fields, so a sorted header maps straight onto the query.
export const libraryColumns = helper.columns([
  helper.accessor('title', {
    id: 'title' satisfies SortField,
    header: 'Title',
    cell: (info) => (
      <a
        className="source-title-link"
        href={`#/sources/${encodeURIComponent(info.row.original.id)}`}
        tabIndex={-1}
        onClick={(event) => {
          event.preventDefault();
          openSource(info.row.original.id);
        }}
      >
        {info.getValue()}
      </a>
    ),
  }),
  helper.accessor('publisher', {
    id: 'publisher' satisfies SortField,
    header: 'Publisher',
    cell: (info) => info.getValue() ?? <span className="cell-empty">—</span>,
  }),
  helper.accessor('publishedAt', {
    id: 'publishedAt' satisfies SortField,
    header: 'Date',
    sortDescFirst: true,
    meta: { cellClass: 'cell--date' },
    cell: (info) => info.getValue() ?? <span className="cell-empty">—</span>,
  }),
  helper.accessor('kind', {
    id: 'kind' satisfies SortField,
    header: 'Kind',
    cell: (info) => {
      const kind = info.getValue();
      return kind === null ? <span className="cell-empty">—</span> : <span className={`kind-badge kind-badge--${kind}`}>{sourceKindLabels[kind]}</span>;
    },
  }),
  helper.accessor('highlightCount', {
    id: 'highlightCount' satisfies SortField,
    header: 'Highlights',
    sortDescFirst: true,
    meta: { cellClass: 'cell--number' },
    cell: (info) => info.getValue(),
  }),
  helper.accessor('importedAt', {
    id: 'importedAt' satisfies SortField,
    header: 'Imported',
    sortDescFirst: true,
    meta: { cellClass: 'cell--date' },
    cell: (info) => <time dateTime={info.getValue()}>{formatImportedAt(info.getValue())}</time>,
  }),
]);
