// The global annotations table (#/annotations): every highlight with its source,
// quote, note, tags, events, status and dates; filters, sorting, and bulk actions
// on the checked rows.

import { useCallback, useMemo, useState } from 'react';
import { CallError } from '../api/call-error.ts';
import { ErrorAlert } from '../app/ErrorAlert.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import '../library/library.css';
import { AnnotationFilters } from './AnnotationFilters.tsx';
import { AnnotationTable } from './AnnotationTable.tsx';
import { BulkBar } from './BulkBar.tsx';
import { defaultAnnotationsQuery, hasFilters, type AnnotationsQuery } from './table-query.ts';
import { useAnnotationPages } from './use-annotation-pages.ts';
import { useRowSelection } from './use-row-selection.ts';
import './annotations-table.css';

export function AnnotationsView() {
  const [query, setQuery] = useState<AnnotationsQuery>(defaultAnnotationsQuery);
  const update = useCallback((change: Partial<AnnotationsQuery>) => setQuery((current) => ({ ...current, ...change })), []);
  const pages = useAnnotationPages(query);
  const ids = useMemo(() => pages.rows.map((row) => row.id), [pages.rows]);
  const selection = useRowSelection(ids);
  const filtered = hasFilters(query);
  useDocumentTitle('Annotations');

  // A search the core cannot read is said next to the filters, not as a failure of the table.
  const invalid = pages.error instanceof CallError && pages.error.code === 'invalid_input' ? pages.error.message : null;
  const total = `${pages.total.toLocaleString()}${pages.totalExact ? '' : '+'}`;

  return (
    <section className="ann-view" aria-labelledby="annotations-heading">
      <div className="ann-view__toolbar">
        <div className="ann-view__titlebar">
          <h1 id="annotations-heading" className="ann-view__heading">
            Annotations
          </h1>
          <span className="ann-view__subtitle">Every highlight in the project. Check rows to tag, link, export or delete them.</span>
          {filtered && (
            <button type="button" className="button button--ghost ann-view__clear" onClick={() => setQuery((current) => ({ ...defaultAnnotationsQuery, sort: current.sort, direction: current.direction }))}>
              Clear filters
            </button>
          )}
        </div>
        <AnnotationFilters query={query} onChange={update} />
      </div>
      {invalid !== null && (
        <p className="ann-view__invalid" role="alert">
          {invalid}
        </p>
      )}
      {pages.isError && invalid === null && <ErrorAlert title="The annotations could not be loaded." error={pages.error} onRetry={() => void pages.refetch()} />}
      <BulkBar selection={selection} rows={pages.rows} />
      {pages.isPending ? (
        <div className="library-loading" role="status">
          Loading annotations…
        </div>
      ) : (
        <AnnotationTable
          rows={pages.rows}
          total={pages.total}
          query={query}
          selection={selection}
          onSortChange={(sort, direction) => update({ sort, direction })}
          hasNextPage={pages.hasNextPage}
          isFetchingNextPage={pages.isFetchingNextPage}
          fetchNextPage={() => void pages.fetchNextPage()}
          empty={
            <div className="ann-view__empty">
              {filtered ? <p>No highlights match these filters.</p> : <p>No highlights yet. Select words in a source to highlight them.</p>}
            </div>
          }
        />
      )}
      <footer className="library__status" role="status">
        <span>
          {total} {pages.total === 1 ? 'highlight' : 'highlights'}
          {filtered ? ' match the filters' : ''}
        </span>
        {(pages.isFetching || pages.isPlaceholderData) && <span className="library__status-busy">Loading…</span>}
        <span className="library__status-hint">Shift+click selects a range · Ctrl+Z undoes the last change</span>
      </footer>
    </section>
  );
}
