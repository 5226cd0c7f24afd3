// Follows the user's selection in the reading text: the live one (for the
// floating toolbar, shown once a mouse drag ends) and the last non-empty one,
// remembered after the selection moves elsewhere (for "Re-attach to selection").

import { useCallback, useEffect, useRef, useState } from 'react';
import type { TextRange } from './selection-offsets.ts';
import { rangeForOffsets, readDrawnText, selectionOffsets } from './text-dom.ts';

export interface TextSelection extends TextRange {
  quote: string;
  /** Where the selection is drawn, relative to `frame` (the positioned box the toolbar lives in). */
  box: { top: number; left: number; width: number; height: number };
}

export interface TextSelectionState {
  live: TextSelection | null;
  remembered: TextSelection | null;
  /** Forgets the selection and removes it from the document (after it was used). */
  clear(): void;
}

export function useTextSelection(root: HTMLElement | null, frame: HTMLElement | null, text: string): TextSelectionState {
  const [live, setLive] = useState<TextSelection | null>(null);
  const [remembered, setRemembered] = useState<TextSelection | null>(null);
  const dragging = useRef(false);

  const measure = useCallback((): TextSelection | null => {
    if (root === null || frame === null) return null;
    const drawn = readDrawnText(root);
    const offsets = selectionOffsets(drawn, text);
    if (offsets === null) return null;
    const range = rangeForOffsets(drawn, offsets.start, offsets.end);
    if (range === null) return null;
    const rect = range.getBoundingClientRect();
    const frameRect = frame.getBoundingClientRect();
    return {
      ...offsets,
      quote: text.slice(offsets.start, offsets.end),
      box: { top: rect.top - frameRect.top, left: rect.left - frameRect.left, width: rect.width, height: rect.height },
    };
  }, [root, frame, text]);

  useEffect(() => {
    if (root === null) return;
    const update = () => {
      const current = measure();
      setLive(current);
      if (current !== null) {
        setRemembered(current);
        return;
      }
      // A plain click in the text drops the remembered selection; moving focus elsewhere (the panel) keeps it.
      const selection = document.getSelection();
      if (selection !== null && selection.isCollapsed && selection.anchorNode !== null && root.contains(selection.anchorNode)) setRemembered(null);
    };
    const onSelectionChange = () => {
      // While the mouse is still dragging the toolbar would jump around under the pointer; it appears on release.
      if (dragging.current) setLive(null);
      else update();
    };
    const onPointerDown = (event: PointerEvent) => {
      // Anywhere in the reading column: a drag may start in the title or a margin and run into the text.
      if (event.button === 0 && event.target instanceof Node && (frame ?? root).contains(event.target)) dragging.current = true;
    };
    const onPointerUp = () => {
      if (!dragging.current) return;
      dragging.current = false;
      update();
    };
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('pointerup', onPointerUp);
    window.addEventListener('resize', update);
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('pointerup', onPointerUp);
      window.removeEventListener('resize', update);
    };
  }, [root, frame, measure]);

  // A new text (after a revision) invalidates offsets measured against the old one.
  useEffect(() => {
    setLive(null);
    setRemembered(null);
  }, [text]);

  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setLive(null);
    setRemembered(null);
  }, []);

  return { live, remembered, clear };
}
