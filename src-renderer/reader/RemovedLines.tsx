// The lines the importer (or the user) took out of the reading text, each
// with its reason and a Restore button that puts it back through `sources.setLineRemoved`.

import { describeError } from '../api/call-error.ts';
import { useToaster } from '../app/toast-context.ts';
import type { SourceDetail } from './source-detail.ts';
import { useSetLineRemoved } from './use-source-edits.ts';

export function RemovedLines({ source }: { source: SourceDetail }) {
  const toaster = useToaster();
  const setLineRemoved = useSetLineRemoved(source.id);
  const restoring = setLineRemoved.isPending ? setLineRemoved.variables.line : null;

  return (
    <section className="side-section" aria-labelledby="removed-heading">
      <h2 id="removed-heading" className="side-section__title">
        Removed lines <span className="side-section__count">{source.removedLines.length}</span>
      </h2>
      {source.removedLines.length === 0 ? (
        <p className="side-section__intro">Nothing was removed from this source.</p>
      ) : (
        <>
          <p className="side-section__intro">Page furniture the importer left out of the text. Restore any line that belongs to it.</p>
          <ul className="removed-lines" aria-label="Removed lines">
            {source.removedLines.map((removed) => (
              <li key={removed.line} className="removed-line">
                <div className="removed-line__meta">
                  <span className="removed-line__number">Line {removed.line + 1}</span>
                  <span className="removed-line__reason">{removed.reason}</span>
                </div>
                <p className="removed-line__text">{removed.text.trim() === '' ? <em>(blank line)</em> : removed.text}</p>
                <button
                  type="button"
                  className="button button--small removed-line__restore"
                  disabled={setLineRemoved.isPending}
                  aria-label={`Restore line ${removed.line + 1}`}
                  onClick={() =>
                    setLineRemoved.mutate(
                      { line: removed.line, removed: false },
                      {
                        onSuccess: () => toaster.show(`Line ${removed.line + 1} is back in the text.`, 'success'),
                        onError: (error) => toaster.show(`Line ${removed.line + 1} could not be restored: ${describeError(error)}`, 'error'),
                      },
                    )
                  }
                >
                  {restoring === removed.line ? 'Restoring…' : 'Restore'}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
