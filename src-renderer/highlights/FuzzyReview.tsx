// For a highlight re-anchored on changed words: the words it was made on, the
// words it sits on now, and a button to accept the new match.

import type { Highlight } from './highlight-types.ts';

interface FuzzyReviewProps {
  highlight: Highlight;
  busy: boolean;
  onConfirm: () => void;
}

export function FuzzyReview({ highlight, busy, onConfirm }: FuzzyReviewProps) {
  return (
    <div className="fuzzy-review">
      <p className="fuzzy-review__intro">The text changed here. Check the new words:</p>
      <dl className="fuzzy-review__quotes">
        <dt>Was</dt>
        <dd>
          <del>{highlight.previousExact ?? '(unknown)'}</del>
        </dd>
        <dt>Now</dt>
        <dd>
          <ins>{highlight.exact}</ins>
        </dd>
      </dl>
      <button type="button" className="button button--small" disabled={busy} onClick={onConfirm}>
        Confirm new words
      </button>
    </div>
  );
}
