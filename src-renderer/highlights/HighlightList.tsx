// The side panel's highlight cards, only those near the view drawn (a source can have thousands):
// placed ones in reading order, then the orphans under a heading; arrow keys move between cards.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Highlight } from './highlight-types.ts';

type Entry = { kind: 'item'; highlight: Highlight } | { kind: 'orphans-heading' };

interface HighlightListProps {
  placed: readonly Highlight[];
  orphans: readonly Highlight[];
  /** The panel that scrolls (the list is one part of it, below the tabs and the intro). */
  scrollElement: HTMLElement | null;
  selectedId: string | null;
  renderItem: (highlight: Highlight, place: { index: number; measure: (element: HTMLLIElement | null) => void }) => ReactNode;
}

const itemGap = 8; // the .hl-list gap, which the virtualizer adds between cards
const tabsHeight = 48; // the sticky tabs (40 px) cover the top of the panel: a card scrolled to stops below them

export function HighlightList({ placed, orphans, scrollElement, selectedId, renderItem }: HighlightListProps) {
  const list = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const focusAfterDraw = useRef<number | null>(null);

  const entries = useMemo<Entry[]>(() => {
    const items = (highlights: readonly Highlight[]) => highlights.map((highlight): Entry => ({ kind: 'item', highlight }));
    return orphans.length === 0 ? items(placed) : [...items(placed), { kind: 'orphans-heading' }, ...items(orphans)];
  }, [placed, orphans]);

  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollElement,
    estimateSize: (index) => (entries[index]?.kind === 'item' ? 76 : 110),
    getItemKey: (index) => keyOf(entries[index]),
    // Unrounded heights: the cards' lines are fractional, and rounded sizes drift over the drawn cards.
    measureElement: (element, entry) => entry?.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height,
    gap: itemGap,
    overscan: 6,
    scrollMargin,
    scrollPaddingStart: tabsHeight,
  });

  // Where the list starts in the scrolling panel, which the virtualizer's offsets count from.
  useLayoutEffect(() => {
    if (list.current === null || scrollElement === null) return;
    const margin = list.current.getBoundingClientRect().top - scrollElement.getBoundingClientRect().top + scrollElement.scrollTop;
    if (Math.abs(margin - scrollMargin) > 0.5) setScrollMargin(margin);
  });

  // A highlight selected in the text (or just made) brings its card into view.
  const selectedIndex = entries.findIndex((entry) => entry.kind === 'item' && entry.highlight.id === selectedId);
  useEffect(() => {
    if (selectedIndex !== -1) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  // Keyboard focus moves to a card that was not drawn yet once it is.
  useEffect(() => {
    if (focusAfterDraw.current !== null && focusCard(list.current, focusAfterDraw.current)) focusAfterDraw.current = null;
  });

  /** Up/Down (and Home/End) move focus between the cards' main buttons, across both groups. */
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.classList.contains('hl-item__select')) return;
    const index = Number(target.closest('[data-index]')?.getAttribute('data-index'));
    const step = event.key === 'ArrowDown' || event.key === 'Home' ? 1 : -1;
    let next = event.key === 'ArrowDown' || event.key === 'ArrowUp' ? index + step : event.key === 'Home' ? 0 : event.key === 'End' ? entries.length - 1 : NaN;
    if (entries[next]?.kind === 'orphans-heading') next += step;
    if (entries[next] === undefined) return;
    event.preventDefault();
    if (focusCard(list.current, next)) return;
    focusAfterDraw.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const drawn = virtualizer.getVirtualItems();
  const first = drawn[0];
  const last = drawn.at(-1);
  // The cards off screen are stood in for by padding, so the panel scrolls as if they were all there.
  const before = first ? first.start - scrollMargin : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;
  const card = (index: number) => {
    const entry = entries[index];
    return entry?.kind === 'item' ? renderItem(entry.highlight, { index, measure: virtualizer.measureElement }) : null;
  };
  const placedDrawn = drawn.filter((item) => item.index < placed.length);
  const orphansDrawn = drawn.filter((item) => item.index > placed.length);
  const headingDrawn = drawn.find((item) => entries[item.index]?.kind === 'orphans-heading');

  return (
    <div ref={list} className="hl-lists" style={{ paddingTop: before, paddingBottom: after }} onKeyDown={onKeyDown}>
      {placedDrawn.length > 0 && (
        <ul className="hl-list" aria-label="Highlights">
          {placedDrawn.map((item) => card(item.index))}
        </ul>
      )}
      {headingDrawn && (
        <div ref={virtualizer.measureElement} data-index={headingDrawn.index} className="hl-orphans">
          <h3 className="hl-orphans__title">
            Orphaned <span className="side-section__count">{orphans.length}</span>
          </h3>
          <p className="side-section__intro">Their words are no longer in the text. Select the passage they belong to, then re-attach; or delete them.</p>
        </div>
      )}
      {orphansDrawn.length > 0 && (
        <ul className="hl-list" aria-label="Orphaned highlights">
          {orphansDrawn.map((item) => card(item.index))}
        </ul>
      )}
    </div>
  );
}

function keyOf(entry: Entry | undefined): string {
  return entry?.kind === 'item' ? entry.highlight.id : 'orphans-heading';
}

/** Focuses the card's main button if the card is drawn; false when it is not. */
function focusCard(list: HTMLElement | null, index: number): boolean {
  const button = list?.querySelector<HTMLElement>(`[data-index="${index}"] .hl-item__select`);
  button?.focus();
  return button != null;
}
