// Remembers where the user is in the text while they scroll, and brings them
// back there when the source is opened again (unless a search result or a
// highlight asked to land somewhere else).

import { useEffect } from 'react';
import { useProjectInfo } from '../app/use-project-info.ts';
import { readReadingPosition, saveReadingPosition } from './reading-position.ts';

const saveAfterMs = 400;

export function useReadingPosition(page: HTMLElement | null, textRoot: HTMLElement | null, sourceId: string, restore: boolean): void {
  const projectPath = useProjectInfo().data?.path;

  useEffect(() => {
    if (page === null || textRoot === null || projectPath === undefined) return;
    if (restore) {
      const offset = readReadingPosition(projectPath, sourceId);
      const paragraph = offset === null ? null : paragraphAt(textRoot, offset);
      if (paragraph !== null && offset !== 0) page.scrollTop += paragraph.getBoundingClientRect().top - page.getBoundingClientRect().top;
    }
    let timer: number | undefined;
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const offset = topParagraphOffset(page, textRoot);
        if (offset !== null) saveReadingPosition(projectPath, sourceId, offset);
      }, saveAfterMs);
    };
    page.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.clearTimeout(timer);
      page.removeEventListener('scroll', onScroll);
    };
    // Restoring happens once per opening: a later change to `restore` does not scroll again.
  }, [page, textRoot, sourceId, projectPath]);
}

/** The last paragraph starting at or before the offset. */
function paragraphAt(textRoot: HTMLElement, offset: number): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (const paragraph of textRoot.querySelectorAll<HTMLElement>('p[data-offset]')) {
    if (Number(paragraph.dataset['offset']) > offset) break;
    found = paragraph;
  }
  return found;
}

/** The paragraph at the top edge of the reading column, as a text offset; 0 at the very top. */
function topParagraphOffset(page: HTMLElement, textRoot: HTMLElement): number | null {
  if (page.scrollTop === 0) return 0;
  const top = page.getBoundingClientRect().top + 1;
  const paragraphs = textRoot.querySelectorAll<HTMLElement>('p[data-offset]');
  // Paragraphs run top to bottom: a binary search reads a few dozen positions even in a book.
  let low = 0;
  let high = paragraphs.length - 1;
  let found: HTMLElement | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const paragraph = paragraphs[middle];
    if (paragraph === undefined) break;
    if (paragraph.getBoundingClientRect().bottom > top) {
      found = paragraph;
      high = middle - 1;
    } else low = middle + 1;
  }
  return found === null ? null : Number(found.dataset['offset']);
}
