// Turns a user's selection in the reading text into the pair of selectors we store for a highlight.
// Rejects selections that could never re-anchor meaningfully (empty, whitespace-only, out of range).

import { AppError } from '../../api/errors.ts';
import { rangeProblem } from './text-position-selector.ts';
import { quoteAt } from './text-quote-selector.ts';
import type { AnchorTarget } from './types.ts';

export function describeRange(text: string, start: number, end: number): AnchorTarget {
  const problem = rangeProblem(text.length, start, end);
  if (problem !== null) throw new AppError('invalid_input', `Cannot highlight: ${problem}`, { start, end });
  const quote = quoteAt(text, start, end);
  // A whitespace-only highlight has no words to find again after a revision.
  if (quote.exact.trim() === '') {
    throw new AppError('invalid_input', 'Cannot highlight: the selection contains only whitespace', { start, end });
  }
  return { position: { start, end }, quote };
}
