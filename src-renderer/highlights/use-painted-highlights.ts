// Keeps the painted highlights in step with the data: after every change of the
// highlights, the selection or the drawn text only what changed is repainted; clears on leaving.

import { useLayoutEffect, useRef } from 'react';
import { HighlightPainter, type PaintableHighlight } from './paint-highlights.ts';

/** `root` is the element itself (not a ref) so a remounted text (after editing it) is repainted too. */
export function usePaintedHighlights(root: HTMLElement | null, text: string, highlights: readonly PaintableHighlight[], selectedId: string | null): void {
  const painter = useRef<HighlightPainter | null>(null);
  painter.current ??= new HighlightPainter();

  useLayoutEffect(() => {
    // While the text editor replaces the reading text there is nothing to paint over.
    if (root === null) painter.current?.clear();
    else painter.current?.update(root, text, highlights, selectedId);
  }, [root, text, highlights, selectedId]);

  useLayoutEffect(() => () => painter.current?.clear(), []);
}
