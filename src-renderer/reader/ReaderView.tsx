// The reader: a bar with the way back, Edit text, New version and Delete;
// below it the workspace (text with highlights, side panel), once the source is loaded.

import { usePrefetchQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { CallError } from '../api/call-error.ts';
import { ErrorAlert } from '../app/ErrorAlert.tsx';
import { openLibrary } from '../app/route.ts';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { ReimportButton } from '../revisions/ReimportButton.tsx';
import type { RevisionOutcome } from '../revisions/use-revisions.ts';
import { highlightsQuery } from '../highlights/use-highlights.ts';
import { DeleteSourceButton } from './DeleteSourceButton.tsx';
import { ReaderWorkspace } from './ReaderWorkspace.tsx';
import { ReadingControls } from './ReadingControls.tsx';
import { sourceQuery, useSource } from './use-source.ts';
import '../highlights/highlights.css';
import '../revisions/revisions.css';
import './reader.css';

export function ReaderView({ sourceId, restorePosition = true }: { sourceId: string; restorePosition?: boolean }) {
  // Both answers are asked for during the first render, together: useQuery alone would ask only once
  // the view is mounted and painted, and for the highlights only once the text is drawn.
  usePrefetchQuery(sourceQuery(sourceId));
  usePrefetchQuery(highlightsQuery(sourceId));
  const source = useSource(sourceId);
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState<RevisionOutcome | null>(null);
  useEscapeGoesBack();
  useDocumentTitle(source.data?.title);

  return (
    <div className="reader">
      <nav className="reader-bar" aria-label="Reader">
        <button type="button" className="button button--ghost reader-bar__back" onClick={openLibrary}>
          <span aria-hidden="true">←</span> Back to library
        </button>
        <span className="reader-bar__title" title={source.data?.title}>
          {source.data?.title}
        </span>
        {source.data && (
          <div className="reader-bar__actions">
            <ReadingControls />
            <span className="reader-bar__divider" aria-hidden="true" />
            <button type="button" className="button button--ghost" aria-pressed={editing} onClick={() => {
                // A new edit starts clean: the last re-anchoring summary belongs to the previous one.
                setOutcome(null);
                setEditing(!editing);
              }}>
              Edit text
            </button>
            <ReimportButton
              sourceId={source.data.id}
              disabled={editing}
              onReimported={(reimported) => {
                setOutcome(reimported);
              }}
            />
            <span className="reader-bar__divider" aria-hidden="true" />
            <DeleteSourceButton sourceId={source.data.id} title={source.data.title} />
          </div>
        )}
      </nav>
      {source.isPending ? (
        <div className="reader__loading" role="status">
          Opening the source…
        </div>
      ) : source.isError ? (
        <ErrorAlert
          title={source.error instanceof CallError && source.error.code === 'not_found' ? 'This source is no longer in the project.' : 'This source could not be opened.'}
          error={source.error}
          onRetry={() => void source.refetch()}
        />
      ) : (
        <ReaderWorkspace source={source.data} editing={editing} onEditingChange={setEditing} outcome={outcome} onOutcome={setOutcome} restorePosition={restorePosition} />
      )}
    </div>
  );
}

/** Escape outside a form field or dialog goes back to the library (unless something closer used it first). */
function useEscapeGoesBack(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target;
      if (target instanceof HTMLElement && (target.closest('input, textarea, select, dialog') || target.isContentEditable)) return;
      openLibrary();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
