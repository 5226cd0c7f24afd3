// A passage's own text with the word diff against the first source laid over it: words this source adds
// in green, words it drops struck through in red (drawn as "ghosts" that are not part of its text).

import type { ReactNode } from 'react';
import type { DiffPart } from '../../../src-main/core/compare/align/word-diff.ts';

export function DiffText({ text, diff }: { text: string; diff: readonly DiffPart[] }) {
  if (diff.length === 0) return <>{text}</>;
  const out: ReactNode[] = [];
  let at = 0;
  diff.forEach((part, i) => {
    if (part.op === 'delete') {
      const ghost = part.text.trim();
      if (ghost !== '') {
        // A space before the struck words (not part of the text either), so they do not run into the last word.
        if (at > 0) {
          out.push(
            <span key={`${i}-s`} data-ghost="">
              {' '}
            </span>,
          );
        }
        out.push(
          <del key={i} className="diff-del" data-ghost="">
            {ghost}
          </del>,
        );
        if (at === 0) {
          out.push(
            <span key={`${i}-e`} data-ghost="">
              {' '}
            </span>,
          );
        }
      }
      return;
    }
    // The diff ignores case and may move spaces: find the words in this source's own text.
    const words = part.text.trim();
    if (words === '') return;
    const found = text.toLowerCase().indexOf(words.toLowerCase(), at);
    if (found === -1) return;
    if (found > at) out.push(text.slice(at, found));
    const own = text.slice(found, found + words.length);
    out.push(part.op === 'insert' ? <ins key={i} className="diff-ins">{own}</ins> : own);
    at = found + words.length;
  });
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
