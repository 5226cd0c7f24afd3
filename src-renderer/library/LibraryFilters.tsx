// The library's filter bar: title and publisher "contains" boxes (sent after a
// short pause in typing) and the kind select; every value goes to the SQL query.

import { useEffect, useId, useState } from 'react';
import { isSourceKind, sourceKindLabels, sourceKinds } from '../api/source-kinds.ts';
import { defaultLibraryQuery, hasFilters, type LibraryQuery } from './library-query.ts';
import { useDebouncedEffect } from './use-debounced-effect.ts';

const typingPauseMs = 250;

interface LibraryFiltersProps {
  query: LibraryQuery;
  onChange: (update: Partial<LibraryQuery>) => void;
}

export function LibraryFilters({ query, onChange }: LibraryFiltersProps) {
  const titleId = useId();
  const publisherId = useId();
  const kindId = useId();
  const [title, setTitle] = useState(query.titleContains);
  const [publisher, setPublisher] = useState(query.publisherContains);

  // Follow the query when it changes from outside (Clear filters).
  useEffect(() => setTitle(query.titleContains), [query.titleContains]);
  useEffect(() => setPublisher(query.publisherContains), [query.publisherContains]);

  useDebouncedEffect(title, typingPauseMs, (titleContains) => {
    if (titleContains !== query.titleContains) onChange({ titleContains });
  });
  useDebouncedEffect(publisher, typingPauseMs, (publisherContains) => {
    if (publisherContains !== query.publisherContains) onChange({ publisherContains });
  });

  return (
    <div className="library-filters" role="search" aria-label="Filter sources">
      <div className="library-filters__field library-filters__field--wide">
        <label htmlFor={titleId}>Title contains</label>
        <input
          id={titleId}
          className="field-control"
          type="search"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder="Any title"
        />
      </div>
      <div className="library-filters__field">
        <label htmlFor={publisherId}>Publisher contains</label>
        <input
          id={publisherId}
          className="field-control"
          type="search"
          value={publisher}
          onChange={(event) => setPublisher(event.target.value)}
          placeholder="Any publisher"
        />
      </div>
      <div className="library-filters__field library-filters__field--narrow">
        <label htmlFor={kindId}>Kind</label>
        <select
          id={kindId}
          className="field-control"
          value={query.kind}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ kind: isSourceKind(value) ? value : '' });
          }}
        >
          <option value="">All kinds</option>
          {sourceKinds.map((kind) => (
            <option key={kind} value={kind}>
              {sourceKindLabels[kind]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--ghost library-filters__clear"
        disabled={!hasFilters(query)}
        onClick={() =>
          onChange({
            titleContains: defaultLibraryQuery.titleContains,
            publisherContains: defaultLibraryQuery.publisherContains,
            kind: defaultLibraryQuery.kind,
          })
        }
      >
        Clear filters
      </button>
    </div>
  );
}
