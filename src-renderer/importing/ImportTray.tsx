// The import's progress card (n of m, the current file, Cancel) and, when the
// batch ends, its summary: imported, already in the library, failed and why.

import type { ImportProgress, ImportSummary } from './import-files.ts';

interface ImportTrayProps {
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  cancelling: boolean;
  onCancel: () => void;
  onDismiss: () => void;
}

export function ImportTray({ progress, summary, cancelling, onCancel, onDismiss }: ImportTrayProps) {
  if (progress !== null) {
    return (
      <section className="import-tray" aria-label="Import progress">
        <div className="import-tray__header">
          <h2 className="import-tray__title">
            Importing {Math.min(progress.done + 1, progress.total)} of {progress.total}
          </h2>
          <button type="button" className="button button--small" onClick={onCancel} disabled={cancelling}>
            {cancelling ? 'Stopping…' : 'Cancel'}
          </button>
        </div>
        <progress
          className="import-tray__bar"
          value={progress.done}
          max={progress.total}
          aria-label={`${progress.done} of ${progress.total} files imported`}
        />
        <p className="import-tray__file" title={progress.currentFileName}>
          {progress.currentFileName}
        </p>
      </section>
    );
  }
  if (summary === null) return null;

  const tried = summary.imported.length + summary.duplicates.length + summary.failed.length;
  return (
    <section className="import-tray" aria-label="Import summary" data-testid="import-summary">
      <div className="import-tray__header">
        <h2 className="import-tray__title">{summary.cancelled ? `Import stopped after ${tried} of ${summary.total}` : 'Import finished'}</h2>
        <button type="button" className="button button--small button--ghost" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <ul className="import-tray__counts">
        <li>
          <strong>{summary.imported.length}</strong> imported
        </li>
        <li>
          <strong>{summary.duplicates.length}</strong> already in the library
        </li>
        <li className={summary.failed.length > 0 ? 'import-tray__count--failed' : undefined}>
          <strong>{summary.failed.length}</strong> failed
        </li>
      </ul>
      {summary.duplicates.length > 0 && (
        <details className="import-tray__details">
          <summary>Already in the library</summary>
          <ul>
            {summary.duplicates.map((source) => (
              <li key={source.id}>{source.title}</li>
            ))}
          </ul>
        </details>
      )}
      {summary.failed.length > 0 && (
        <ul className="import-tray__failures" aria-label="Files that failed">
          {summary.failed.map((failure, index) => (
            <li key={`${failure.fileName}-${index}`}>
              <span className="import-tray__failed-file">{failure.fileName}</span>
              <span className="import-tray__failed-reason">{failure.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
