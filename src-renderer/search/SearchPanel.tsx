// The panel under the search box: results grouped by kind in rank order, each
// with its snippet; or the core's message for a query it cannot read.

import type { SearchGroup, SearchKind, SearchResult } from '../../src-main/core/search/search-types.ts';
import { Snippet } from './Snippet.tsx';

export const kindLabels: Record<SearchKind, string> = { sources: 'Sources', highlights: 'Highlights', notes: 'Notes', events: 'Events' };

export interface FlatResult {
  kind: SearchKind;
  result: SearchResult;
}

/** The results in the order they are shown, which is the order ↑↓ walk them. */
export function flatten(groups: readonly SearchGroup[]): FlatResult[] {
  return groups.flatMap((group) => group.results.map((result) => ({ kind: group.kind, result })));
}

export function optionId(index: number): string {
  return `search-option-${index}`;
}

interface SearchPanelProps {
  id: string;
  groups: readonly SearchGroup[] | null;
  invalid: string | null;
  failed: string | null;
  busy: boolean;
  query: string;
  active: number;
  onHover: (index: number) => void;
  onOpen: (item: FlatResult) => void;
}

export function SearchPanel({ id, groups, invalid, failed, busy, query, active, onHover, onOpen }: SearchPanelProps) {
  const shown = (groups ?? []).filter((group) => group.results.length > 0);
  let index = 0;
  return (
    <div className="search-panel" aria-busy={busy}>
      {invalid !== null ? (
        <p className="search-panel__message search-panel__message--invalid" role="alert">
          <span className="search-panel__message-icon" aria-hidden="true">!</span>
          {invalid}
        </p>
      ) : failed !== null ? (
        <p className="search-panel__message search-panel__message--invalid" role="alert">
          {failed}
        </p>
      ) : groups === null ? (
        <p className="search-panel__message">Searching…</p>
      ) : shown.length === 0 ? (
        <p className="search-panel__message">Nothing matches “{query}”.</p>
      ) : (
        <div id={id} role="listbox" aria-label="Search results" className="search-panel__groups">
          {shown.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`search-group-${group.kind}`} className="search-group">
              <div id={`search-group-${group.kind}`} className="search-group__head">
                <span>{kindLabels[group.kind]}</span>
                <span className="search-group__count">{countLabel(group)}</span>
              </div>
              {group.results.map((result) => {
                const at = index++;
                return (
                  <div
                    key={`${group.kind}-${result.id}`}
                    id={optionId(at)}
                    role="option"
                    aria-selected={at === active}
                    className={`search-result${at === active ? ' is-active' : ''}`}
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => at !== active && onHover(at)}
                    onClick={() => onOpen({ kind: group.kind, result })}
                  >
                    <ResultBody kind={group.kind} result={result} />
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      )}
      <div className="search-panel__foot" aria-hidden="true">
        <span>
          <kbd>↑</kbd>
          <kbd>↓</kbd> move <kbd>Enter</kbd> open <kbd>Esc</kbd> close
        </span>
        <span>"phrase" · word* · AND OR NOT · NEAR</span>
      </div>
    </div>
  );
}

function ResultBody({ kind, result }: { kind: SearchKind; result: SearchResult }) {
  if (kind === 'events') {
    return (
      <span className="search-result__title">
        <Snippet parts={result.snippet} />
      </span>
    );
  }
  if (kind === 'sources') {
    return (
      <>
        <span className="search-result__title">{result.title}</span>
        <span className="search-result__snippet">
          <Snippet parts={result.snippet} />
        </span>
      </>
    );
  }
  return (
    <>
      <span className={`search-result__snippet search-result__snippet--${kind === 'notes' ? 'note' : 'quote'}`}>
        <Snippet parts={result.snippet} />
      </span>
      <span className="search-result__source">{result.title}</span>
    </>
  );
}

function countLabel(group: SearchGroup): string {
  const total = `${group.total.toLocaleString()}${group.totalExact ? '' : '+'}`;
  return group.results.length < group.total ? `${group.results.length} of ${total}` : total;
}
