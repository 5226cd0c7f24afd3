// The reader: a bar with the way back and Delete, the clean reading text in
// the middle, and the side panel with the source's details and removed lines.

import { useEffect } from 'react';
import { CallError } from '../api/call-error.ts';
import { ErrorAlert } from '../app/ErrorAlert.tsx';
import { openLibrary } from '../app/route.ts';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { DeleteSourceButton } from './DeleteSourceButton.tsx';
import { MetadataPanel } from './MetadataPanel.tsx';
import { ReadingText } from './ReadingText.tsx';
import { RemovedLines } from './RemovedLines.tsx';
import { useSource } from './use-source.ts';
import './reader.css';

export function ReaderView({ sourceId }: { sourceId: string }) {
  const source = useSource(sourceId);
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
        {source.data && <DeleteSourceButton sourceId={source.data.id} title={source.data.title} />}
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
        <div className="reader__body">
          <div className="reader__page">
            <ReadingText source={source.data} />
          </div>
          <aside className="reader__side" aria-label="Source details">
            <MetadataPanel source={source.data} />
            <RemovedLines source={source.data} />
          </aside>
        </div>
      )}
    </div>
  );
}

/** Escape outside a form field or dialog goes back to the library. */
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
