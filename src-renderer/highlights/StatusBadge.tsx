// A highlight's anchoring state as a small badge: where it stands after the
// source's text last changed.

import type { HighlightStatus } from './highlight-types.ts';

const labels: Record<HighlightStatus, { text: string; title: string }> = {
  anchored: { text: 'Anchored', title: 'The words are where they were highlighted.' },
  moved: { text: 'Moved', title: 'The same words, found at a new place after the text changed.' },
  fuzzy: { text: 'Needs review', title: 'The words changed; check the new match and confirm it.' },
  orphaned: { text: 'Orphaned', title: 'The words are no longer in the text; re-attach the highlight to a selection.' },
};

export function StatusBadge({ status }: { status: HighlightStatus }) {
  return (
    <span className={`status-badge status-badge--${status}`} title={labels[status].title}>
      {labels[status].text}
    </span>
  );
}
