// After a new revision: what re-anchoring did to the highlights, in one line,
// with a way to the ones that need the user (review, orphaned).

import type { RevisionOutcome } from './use-revisions.ts';

interface ReanchorSummaryProps {
  outcome: RevisionOutcome;
  onReview: () => void;
  onDismiss: () => void;
}

export function ReanchorSummary({ outcome, onReview, onDismiss }: ReanchorSummaryProps) {
  const { anchored, moved, fuzzy, orphaned } = outcome.reanchored;
  const total = anchored + moved + fuzzy + orphaned;
  const parts = [
    anchored > 0 && `${anchored} in place`,
    moved > 0 && `${moved} moved`,
    fuzzy > 0 && `${fuzzy} need${fuzzy === 1 ? 's' : ''} review`,
    orphaned > 0 && `${orphaned} orphaned`,
  ].filter((part): part is string => typeof part === 'string');
  const attention = fuzzy + orphaned > 0;

  return (
    <div className={`reanchor-summary${attention ? ' reanchor-summary--attention' : ''}`} role="status" data-testid="reanchor-summary">
      <p className="reanchor-summary__text">
        <strong>Revision {outcome.source.revision.number} saved.</strong>{' '}
        {total === 0 ? 'No highlights to re-anchor.' : `Highlights: ${parts.join(' · ')}.`}
      </p>
      {attention && (
        <button type="button" className="button button--small" onClick={onReview}>
          Review highlights
        </button>
      )}
      <button type="button" className="reanchor-summary__close" aria-label="Dismiss the re-anchoring summary" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
