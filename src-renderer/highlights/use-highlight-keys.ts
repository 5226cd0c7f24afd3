// The reader's highlight keys: H (or Ctrl/Cmd+Shift+H) highlights the selected
// words in the last color; F finds them in the other sources; Escape closes the
// open highlight before it would leave the reader.

import { useEffect, useRef } from 'react';

interface HighlightKeyActions {
  /** Highlights the document's current selection in the text; false when nothing there is selected. */
  highlightSelection(): boolean;
  /** Looks for the selected words in the other sources; false when nothing is selected. */
  findSelectionElsewhere(): boolean;
  /** Closes the open highlight or selection; false when there was none. */
  dismiss(): boolean;
}

export function useHighlightKeys(actions: HighlightKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    // On document, so it runs before the reader's Escape-goes-back listener on window.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || inField(event.target)) return;
      const key = event.key.toLowerCase();
      const plainH = key === 'h' && !event.ctrlKey && !event.metaKey && !event.altKey;
      const chordH = key === 'h' && (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey;
      const plainF = key === 'f' && !event.ctrlKey && !event.metaKey && !event.altKey;
      if ((plainH || chordH) && latest.current.highlightSelection()) event.preventDefault();
      else if (plainF && latest.current.findSelectionElsewhere()) event.preventDefault();
      else if (event.key === 'Escape' && latest.current.dismiss()) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

function inField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.closest('input, textarea, select, dialog') !== null || target.isContentEditable);
}
