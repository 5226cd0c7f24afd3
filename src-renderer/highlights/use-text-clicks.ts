// Clicking a highlight in the text selects it (the innermost where they nest);
// clicking plain text closes the open one. While the pointer is over a
// highlight the text shows a pointer cursor, since ::highlight() cannot.

import { useEffect, useRef } from 'react';
import { isPlaced, type Highlight } from './highlight-types.ts';
import { innermostAt } from './selection-offsets.ts';
import { characterAtPoint, readDrawnText, type DrawnText } from './text-dom.ts';

/** `text` is the reading text drawn in `root`: when it changes, the measured paragraphs are read again. */
export function useTextClicks(root: HTMLElement | null, text: string, highlights: readonly Highlight[], onSelect: (id: string | null) => void): void {
  const latest = useRef({ highlights, onSelect });
  useEffect(() => {
    latest.current = { highlights, onSelect };
  });

  useEffect(() => {
    if (root === null) return;
    // Measured once per text rather than per mouse move: a long source has thousands of paragraphs.
    let drawn: DrawnText | null = null;
    const highlightAt = (x: number, y: number) => {
      drawn ??= readDrawnText(root);
      const offset = characterAtPoint(drawn, x, y);
      return offset === null ? null : innermostAt(latest.current.highlights.filter(isPlaced), offset);
    };
    const onClick = (event: MouseEvent) => {
      // A drag or a double-click made a selection: that is for highlighting, not for opening one.
      if (document.getSelection()?.isCollapsed === false || event.detail > 1) return;
      latest.current.onSelect(highlightAt(event.clientX, event.clientY)?.id ?? null);
    };
    let frame = 0;
    const onMove = (event: MouseEvent) => {
      if (frame !== 0 || event.buttons !== 0) return;
      frame = window.requestAnimationFrame(() => {
        frame = 0;
        root.classList.toggle('reading__text--over-highlight', highlightAt(event.clientX, event.clientY) !== null);
      });
    };
    root.addEventListener('click', onClick);
    root.addEventListener('mousemove', onMove);
    return () => {
      root.removeEventListener('click', onClick);
      root.removeEventListener('mousemove', onMove);
      window.cancelAnimationFrame(frame);
    };
  }, [root, text]);
}
