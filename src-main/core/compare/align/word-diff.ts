// Word-level differences inside an aligned pair, as a list of kept, removed and added runs (jsdiff's
// diffWords, ignoring case so "The" and "the" do not count as a change).

import { diffWords } from 'diff';

export interface DiffPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

export function wordDiff(a: string, b: string): DiffPart[] {
  return diffWords(a, b, { ignoreCase: true }).map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }));
}
