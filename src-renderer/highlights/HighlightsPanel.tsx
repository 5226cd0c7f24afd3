// The side panel's list of the source's highlights in reading order, then
// the orphans (no place in the current text) in their own group. Arrow keys
// move between items; the selected item is kept in view.

import { useEffect, useRef, type KeyboardEvent } from 'react';
import { ErrorAlert } from '../app/ErrorAlert.tsx';
import type { Highlight } from './highlight-types.ts';
import { HighlightItem } from './HighlightItem.tsx';
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
}

export function HighlightsPanel({ highlights, total, error, onRetry, selectedId, changes, selection, onSelectionUsed, onSelect }: HighlightsPanelProps) {
  const panel = useRef<HTMLElement>(null);
  const placed = (highlights ?? []).filter((h) => h.status !== 'orphaned');
  const orphans = (highlights ?? []).filter((h) => h.status === 'orphaned');
  const toReview = placed.filter((h) => h.status === 'fuzzy').length;

  // A highlight selected in the text (or just made) brings its item into view.
  useEffect(() => {
    if (selectedId === null) return;
    panel.current?.querySelector(`[data-highlight-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, highlights]);

  const items = (list: readonly Highlight[]) =>
    list.map((highlight) => (
      <HighlightItem
        key={highlight.id}
        highlight={highlight}
        selected={highlight.id === selectedId}
        changes={changes}
        selection={selection}
        onSelectionUsed={onSelectionUsed}
        onSelect={onSelect}
      />
    ));

  return (
    <section ref={panel} className="side-section hl-panel" aria-labelledby="highlights-heading" onKeyDown={moveBetweenItems}>
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
          {placed.length > 0 && (
            <ul className="hl-list" aria-label="Highlights">
              {items(placed)}
            </ul>
          )}
          {orphans.length > 0 && (
            <div className="hl-orphans">
              <h3 className="hl-orphans__title">
                Orphaned <span className="side-section__count">{orphans.length}</span>
              </h3>
              <p className="side-section__intro">
                Their words are no longer in the text. Select the passage they belong to, then re-attach; or delete them.
              </p>
              <ul className="hl-list" aria-label="Orphaned highlights">
                {items(orphans)}
              </ul>
            </div>
          )}
          {highlights.length < total && (
            <p className="side-section__intro">Showing the first {highlights.length.toLocaleString()} of {total.toLocaleString()}.</p>
          )}
        </>
      )}
    </section>
  );
}

/** Up/Down (and Home/End) move focus between the items' main buttons, across both groups. */
function moveBetweenItems(event: KeyboardEvent<HTMLElement>): void {
  const target = event.target;
  if (!(target instanceof HTMLElement) || !target.classList.contains('hl-item__select')) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('.hl-item__select'));
  const index = buttons.indexOf(target);
  const next =
    event.key === 'ArrowDown' ? buttons[index + 1] : event.key === 'ArrowUp' ? buttons[index - 1] : event.key === 'Home' ? buttons[0] : event.key === 'End' ? buttons.at(-1) : undefined;
  if (next === undefined) return;
  event.preventDefault();
  next.focus();
}
