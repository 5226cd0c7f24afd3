// Stand-in for a reader hook: once the reader has drawn a source opened from a
// search result, scroll its matched words (or highlight) into view and mark them
// for a moment. Reads the reader's DOM only; paints with the CSS Highlight API.

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { highlightsQuery } from '../highlights/use-highlights.ts';
import { rangeForOffsets, readDrawnText } from '../highlights/text-dom.ts';
import { landingHintFor } from './open-result.ts';

const paintName = 'sb-search-landing';
const waitMs = 8000;
const markMs = 4000;

export function LandOnMatch({ sourceId, at, highlightId }: { sourceId: string; at?: number; highlightId?: string }) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (at === undefined && highlightId === undefined) return;
    let cancelled = false;
    let unpaint = () => {};
    const hint = landingHintFor(sourceId, at);
    void (async () => {
      let span: { start: number; end: number } | null = null;
      if (highlightId !== undefined) {
        const list = await queryClient.fetchQuery(highlightsQuery(sourceId)).catch(() => null);
        const found = list?.rows.find((h) => h.id === highlightId);
        if (found && found.start !== null && found.end !== null) span = { start: found.start, end: found.end };
      }
      const root = await drawnText(() => cancelled);
      if (root === null || cancelled) return;
      if (span === null && at !== undefined) span = { start: at, end: at + matchLength(root, at, hint) };
      if (span === null) return;
      unpaint = land(root, span);
    })();
    return () => {
      cancelled = true;
      unpaint();
    };
  }, [sourceId, at, highlightId, queryClient]);
  return null;
}

/** The reading text's element once its paragraphs are drawn, or null after a while. */
async function drawnText(cancelled: () => boolean): Promise<HTMLElement | null> {
  const until = performance.now() + waitMs;
  while (!cancelled() && performance.now() < until) {
    const root = document.querySelector<HTMLElement>('[data-testid=reading-text]');
    if (root?.querySelector('p[data-offset]')) return root;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return null;
}

/** The matched words' length: the snippet's first match when the text there is it, else the word at the offset. */
function matchLength(root: HTMLElement, at: number, hint: string | null): number {
  const drawn = readDrawnText(root);
  const probe = rangeForOffsets(drawn, at, at + Math.max(1, hint?.length ?? 40))?.toString() ?? '';
  if (hint !== null && probe.toLowerCase() === hint.toLowerCase()) return hint.length;
  return /^[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/u.exec(probe)?.[0].length ?? 1;
}

function land(root: HTMLElement, span: { start: number; end: number }): () => void {
  const range = rangeForOffsets(readDrawnText(root), span.start, Math.max(span.end, span.start + 1));
  if (range === null) return () => {};
  const page = root.closest<HTMLElement>('.reader__page');
  // Paragraphs off screen have estimated heights until drawn: jump, then correct once they are laid out.
  const place = () => {
    if (!page) return range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getBoundingClientRect();
    page.scrollTop += rect.top - page.getBoundingClientRect().top - page.clientHeight / 3;
  };
  place();
  requestAnimationFrame(() => requestAnimationFrame(place));
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return () => {};
  CSS.highlights.set(paintName, new Highlight(range));
  const timer = window.setTimeout(() => CSS.highlights.delete(paintName), markMs);
  return () => {
    window.clearTimeout(timer);
    CSS.highlights.delete(paintName);
  };
}
