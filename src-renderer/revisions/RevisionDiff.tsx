// A word diff between a revision and the current text: removed words struck
// through in red, added ones in green, long unchanged stretches folded
// (a click unfolds them).

import { useState } from 'react';
import { ErrorAlert } from '../app/ErrorAlert.tsx';
import { excerptDiff, hasChanges } from './diff-excerpts.ts';
import { useRevisionDiff } from './use-revisions.ts';

interface RevisionDiffProps {
  sourceId: string;
  from: number;
  current: number;
}

export function RevisionDiff({ sourceId, from, current }: RevisionDiffProps) {
  const diff = useRevisionDiff(sourceId, from, current);
  const [unfolded, setUnfolded] = useState<ReadonlySet<number>>(new Set());

  if (diff.isPending) {
    return (
      <p className="side-section__intro" role="status">
        Comparing…
      </p>
    );
  }
  if (diff.isError) return <ErrorAlert title="The revisions could not be compared." error={diff.error} onRetry={() => void diff.refetch()} />;

  const parts = diff.data.parts;
  const added = parts.filter((p) => p.kind === 'added').reduce((n, p) => n + words(p.text), 0);
  const removed = parts.filter((p) => p.kind === 'removed').reduce((n, p) => n + words(p.text), 0);

  return (
    <div className="revision-diff">
      <p className="revision-diff__summary">
        Revision {from} → current ({current}):{' '}
        {hasChanges(parts) ? (
          <>
            <span className="revision-diff__count revision-diff__count--removed">−{plural(removed, 'word')}</span>{' '}
            <span className="revision-diff__count revision-diff__count--added">+{plural(added, 'word')}</span>
          </>
        ) : (
          'the same text.'
        )}
      </p>
      <div className="revision-diff__text" data-testid="revision-diff">
        {excerptDiff(parts).map((piece, index) => {
          if (piece.kind === 'removed') return <del key={index}>{piece.text}</del>;
          if (piece.kind === 'added') return <ins key={index}>{piece.text}</ins>;
          if (piece.kind === 'gap') {
            return unfolded.has(index) ? (
              <span key={index}>{piece.text}</span>
            ) : (
              <button
                key={index}
                type="button"
                className="revision-diff__gap"
                onClick={() => setUnfolded((current) => new Set([...current, index]))}
              >
                … {piece.hidden.toLocaleString()} unchanged characters …
              </button>
            );
          }
          return <span key={index}>{piece.text}</span>;
        })}
      </div>
    </div>
  );
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
