// Shortens a word diff for reading: long unchanged stretches keep only a few
// words of context on either side of each change, so the changes stand out.

import type { DiffPart } from './use-revisions.ts';

export type DiffPiece = DiffPart | { kind: 'gap'; text: string; hidden: number };

const context = 120;

export function excerptDiff(parts: readonly DiffPart[]): DiffPiece[] {
  const pieces: DiffPiece[] = [];
  parts.forEach((part, index) => {
    if (part.kind !== 'same' || part.text.length <= context * 2 + 40) {
      pieces.push(part);
      return;
    }
    const first = index === 0;
    const last = index === parts.length - 1;
    const head = first ? '' : cutAtWord(part.text.slice(0, context), 'end');
    const tail = last ? '' : cutAtWord(part.text.slice(-context), 'start');
    const hidden = part.text.length - head.length - tail.length;
    if (head) pieces.push({ kind: 'same', text: head });
    pieces.push({ kind: 'gap', text: part.text.slice(head.length, part.text.length - tail.length), hidden });
    if (tail) pieces.push({ kind: 'same', text: tail });
  });
  return pieces;
}

/** Trims a cut-off word at the cut side, so an excerpt starts and ends on whole words. */
function cutAtWord(text: string, side: 'start' | 'end'): string {
  if (side === 'end') {
    const space = text.search(/\s\S*$/);
    return space > 0 ? text.slice(0, space + 1) : text;
  }
  const space = text.search(/\s/);
  // The whitespace stays in the fold, so the excerpt starts on its first whole word.
  return space >= 0 && space < text.length - 1 ? text.slice(space + 1) : text;
}

export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}
