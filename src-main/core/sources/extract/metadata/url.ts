// The document's address when the text states it: a labelled line ("URL: https://…",
// "Source: https://…") or a bare address at the very top, as clippers write them.

import type { LineView } from './line-view.ts';
import { contentLines } from './line-view.ts';

const LABELLED_URL = /^(?:url|source|link|original(?: url| article)?|canonical|retrieved from|read online|web|permalink)\s*:?\s*[<"“]?(https?:\/\/[^\s<>"”]+)[>"”]?$/iu;
const BARE_URL = /^<?(https?:\/\/[^\s<>"]+)>?$/iu;
const TOP_LINES = 3;

export function findUrl(view: LineView): string | null {
  const lines = contentLines(view);
  for (const line of lines) {
    const labelled = LABELLED_URL.exec(line.text)?.[1];
    if (labelled !== undefined) return cleanUrl(labelled);
  }
  for (const line of lines.slice(0, TOP_LINES)) {
    const bare = BARE_URL.exec(line.text)?.[1];
    if (bare !== undefined) return cleanUrl(bare);
  }
  return null;
}

/** An absolute http(s) address, or null; trailing sentence punctuation is not part of it. */
export function cleanUrl(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim().replace(/[.,;)]+$/u, '');
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
