// The side panel's list of the source's highlights in reading order, then
// the orphans (no place in the current text) in their own group.

import { useMemo } from 'react';
import { ErrorAlert } from '../app/ErrorAlert.tsx';
import type { Highlight } from './highlight-types.ts';
import { HighlightItem } from './HighlightItem.tsx';
import { HighlightList } from './HighlightList.tsx';
import type { HighlightChanges } from './use-highlights.ts';
import type { TextSelection } from './use-text-selection.ts';

interface HighlightsPanelProps {
  highlights: readonly Highlight[] | undefined;
  total: number;
  error: unknown;
  onRetry: () => void;
  selectedId: string | null;
  changes: HighlightChanges;
  selection: TextSelection | null;
  onSelectionUsed: () => void;
  onSelect: (id: string | null) => void;
  /** The side panel's scrolling element, in which only the visible cards are drawn. */
  scrollElement: HTMLElement | null;
}

export function HighlightsPanel({ highlights, total, error, onRetry, selectedId, changes, selection, onSelectionUsed, onSelect, scrollElement }: HighlightsPanelProps) {
  const placed = useMemo(() => (highlights ?? []).filter((h) => h.status !== 'orphaned'), [highlights]);
  const orphans = useMemo(() => (highlights ?? []).filter((h) => h.status === 'orphaned'), [highlights]);
  const toReview = placed.filter((h) => h.status === 'fuzzy').length;

  return (
    <section className="side-section hl-panel" aria-labelledby="highlights-heading">
      {/* The tab already shows the title and count; the heading stays for screen readers' outline. */}
      <h2 id="highlights-heading" className="visually-hidden">
        Highlights
      </h2>
      {error !== null ? (
        <ErrorAlert title="The highlights could not be loaded." error={error} onRetry={onRetry} />
      ) : highlights === undefined ? (
        <p className="side-section__intro" role="status">
          Loading highlights…
        </p>
      ) : (
        <>
          <p className="side-section__intro hl-panel__intro">
            {total === 0
              ? 'Select words in the text, then pick a color, or press H.'
              : toReview > 0
                ? `${toReview} ${toReview === 1 ? 'highlight needs' : 'highlights need'} review after the text changed.`
                : 'In reading order. Click a highlight in the text to open it here.'}
          </p>
          <HighlightList
            placed={placed}
            orphans={orphans}
            scrollElement={scrollElement}
            selectedId={selectedId}
            renderItem={(highlight, { index, measure }) => (
              <HighlightItem
                key={highlight.id}
                ref={measure}
                index={index}
                highlight={highlight}
                selected={highlight.id === selectedId}
                changes={changes}
                selection={selection}
                onSelectionUsed={onSelectionUsed}
                onSelect={onSelect}
              />
            )}
          />
          {highlights.length < total && (
            <p className="side-section__intro">Showing the first {highlights.length.toLocaleString()} of {total.toLocaleString()}.</p>
          )}
        </>
      )}
    </section>
  );
}
