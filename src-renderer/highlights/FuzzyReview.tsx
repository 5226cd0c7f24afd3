// For a highlight re-anchored on changed words: the words it was made on, the
// words it sits on now, with the changed words marked, and a button to accept the new match.

import { diffWords } from 'diff';
import { useMemo } from 'react';
import type { Highlight } from './highlight-types.ts';

interface FuzzyReviewProps {
  highlight: Highlight;
  busy: boolean;
  onConfirm: () => void;
}

export function FuzzyReview({ highlight, busy, onConfirm }: FuzzyReviewProps) {
  const was = highlight.previousExact;
  const changes = useMemo(() => (was === null ? null : diffWords(was, highlight.exact)), [was, highlight.exact]);
  return (
    <div className="fuzzy-review">
      <p className="fuzzy-review__intro">The text changed here. Check the new words:</p>
      <dl className="fuzzy-review__quotes">
        <dt>Was</dt>
        <dd data-testid="fuzzy-was">
          {changes === null
            ? '(unknown)'
            : changes.map((change, k) => (change.added ? null : change.removed ? <del key={k}>{change.value}</del> : <span key={k}>{change.value}</span>))}
        </dd>
        <dt>Now</dt>
        <dd data-testid="fuzzy-now">
          {changes === null
            ? highlight.exact
            : changes.map((change, k) => (change.removed ? null : change.added ? <ins key={k}>{change.value}</ins> : <span key={k}>{change.value}</span>))}
        </dd>
      </dl>
      <button type="button" className="button button--small" disabled={busy} onClick={onConfirm}>
        Confirm new words
      </button>
    </div>
  );
}
