// The Revisions tab: every version of the source's text, newest first, and
// a word diff between the chosen one and the current text.

import { useId, useState } from 'react';
import { ErrorAlert } from '../app/ErrorAlert.tsx';
import { formatImportedAt } from '../library/format-cells.ts';
import type { SourceDetail } from '../reader/source-detail.ts';
import { RevisionDiff } from './RevisionDiff.tsx';
import { useRevisions } from './use-revisions.ts';

export function RevisionsPanel({ source }: { source: SourceDetail }) {
  const revisions = useRevisions(source.id);
  const current = source.revision.number;
  const [chosen, setChosen] = useState<number | null>(null);
  const groupName = useId();
  // By default the revision just before the current one: "what changed last".
  const compared = chosen !== null && chosen < current ? chosen : current > 1 ? current - 1 : null;

  return (
    <section className="side-section" aria-labelledby="revisions-heading">
      {/* The tab already shows the title and count; the heading stays for screen readers' outline. */}
      <h2 id="revisions-heading" className="visually-hidden">
        Revisions
      </h2>
      {revisions.isError ? (
        <ErrorAlert title="The revisions could not be loaded." error={revisions.error} onRetry={() => void revisions.refetch()} />
      ) : revisions.isPending ? (
        <p className="side-section__intro" role="status">
          Loading revisions…
        </p>
      ) : (
        <>
          <p className="side-section__intro revisions__intro">
            {current === 1 ? 'This is the text as first imported. Edit the text or re-import a new version to make a revision.' : 'Choose an earlier revision to compare it with the current text.'}
          </p>
          <fieldset className="revision-list">
            <legend className="visually-hidden">Compare with the current text</legend>
            {[...revisions.data].reverse().map((revision) => (
              <label key={revision.id} className={`revision${revision.current ? ' revision--current' : ''}`}>
                <input
                  type="radio"
                  name={groupName}
                  value={revision.number}
                  checked={revision.number === compared}
                  disabled={revision.current}
                  onChange={() => setChosen(revision.number)}
                />
                <span className="revision__number">{revision.number}</span>
                <span className="revision__body">
                  <span className="revision__reason">{revision.reason}</span>
                  <span className="revision__meta">
                    {formatImportedAt(revision.createdAt)} · {revision.length.toLocaleString()} characters
                  </span>
                </span>
                {revision.current && <span className="revision__current">Current</span>}
              </label>
            ))}
          </fieldset>
          {compared !== null && <RevisionDiff sourceId={source.id} from={compared} current={current} />}
        </>
      )}
    </section>
  );
}
