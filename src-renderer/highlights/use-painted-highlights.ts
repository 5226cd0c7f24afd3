// Keeps the painted highlights in step with the data: repaints after every
// change of the highlights, the selection or the drawn text, and clears on leaving.

import { useLayoutEffect } from 'react';
import type { Highlight } from './highlight-types.ts';
import { clearHighlights, paintHighlights } from './paint-highlights.ts';
import { readDrawnText } from './text-dom.ts';

/** `root` is the element itself (not a ref) so a remounted text (after editing it) is repainted too. */
export function usePaintedHighlights(root: HTMLElement | null, text: string, highlights: readonly Highlight[], selectedId: string | null): void {
  useLayoutEffect(() => {
    if (root === null) return;
    paintHighlights(readDrawnText(root), highlights, selectedId);
  }, [root, text, highlights, selectedId]);

  useLayoutEffect(() => clearHighlights, []);
}
