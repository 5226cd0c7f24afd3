// The library: filters, the sources table, and a status line; on an empty
// project (no sources, no filters) the welcome panel takes its place.

import { ErrorAlert } from '../app/ErrorAlert.tsx';
import { BackupsButton } from '../backups/BackupsDialog.tsx';
import { WelcomePanel } from '../welcome/WelcomePanel.tsx';
import { hasFilters, type LibraryQuery } from './library-query.ts';
import { LibraryFilters } from './LibraryFilters.tsx';
import { SourceTable } from './SourceTable.tsx';
import { useSourcePages } from './use-source-pages.ts';
import './library.css';

interface LibraryViewProps {
  query: LibraryQuery;
  onQueryChange: (update: Partial<LibraryQuery>) => void;
}

export function LibraryView({ query, onQueryChange }: LibraryViewProps) {
  const pages = useSourcePages(query);
  const filtered = hasFilters(query);

  if (pages.isPending) {
    return (
      <div className="library-loading" role="status">
        Loading the library…
      </div>
    );
  }
  if (pages.isError && pages.rows.length === 0) {
    return <ErrorAlert title="The library could not be loaded." error={pages.error} onRetry={() => void pages.refetch()} />;
  }
  if (!filtered && pages.total === 0 && !pages.isPlaceholderData) return <WelcomePanel />;

  return (
    <section className="library" aria-labelledby="library-heading">
      <div className="library__toolbar">
        <h1 id="library-heading" className="library__heading">
          Library
        </h1>
        <LibraryFilters query={query} onChange={onQueryChange} />
        <BackupsButton />
      </div>
      {pages.isError && <ErrorAlert title="Some sources could not be loaded." error={pages.error} onRetry={() => void pages.refetch()} />}
      <SourceTable
        rows={pages.rows}
        total={pages.total}
        query={query}
        onSortChange={(sort, direction) => onQueryChange({ sort, direction })}
        hasNextPage={pages.hasNextPage}
        isFetchingNextPage={pages.isFetchingNextPage}
        fetchNextPage={() => void pages.fetchNextPage()}
        empty={
          <div className="library__no-match">
            <p>No sources match these filters.</p>
            <button
              type="button"
              className="button"
              onClick={() => onQueryChange({ titleContains: '', publisherContains: '', kind: '' })}
            >
              Clear filters
            </button>
          </div>
        }
      />
      <footer className="library__status" role="status">
        <span>
          {pages.total.toLocaleString()} {pages.total === 1 ? 'source' : 'sources'}
          {filtered ? ' match the filters' : ''}
        </span>
        {(pages.isFetching || pages.isPlaceholderData) && <span className="library__status-busy">Loading…</span>}
        <span className="library__status-hint">Enter opens the selected source · ↑↓ move</span>
      </footer>
    </section>
  );
}
