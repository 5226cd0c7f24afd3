// The header's Undo and Redo buttons, each naming the change it would undo or
// redo (from `history.state`), plus the keyboard shortcuts behind them.

import { useHistory } from './use-history.ts';
import { useUndoShortcuts } from './use-undo-shortcuts.ts';
import './history.css';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const undoKeys = isMac ? '⌘Z' : 'Ctrl+Z';
const redoKeys = isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z';

export function UndoRedoButtons() {
  const history = useHistory();
  useUndoShortcuts(history);

  return (
    <div className="history-buttons" role="group" aria-label="History">
      <button
        type="button"
        className="button button--ghost history-button"
        disabled={history.undoLabel === null || history.busy}
        title={history.undoLabel === null ? 'Nothing to undo' : `Undo ${history.undoLabel.toLowerCase()} (${undoKeys})`}
        aria-keyshortcuts={isMac ? 'Meta+Z' : 'Control+Z'}
        onClick={() => history.step('undo')}
      >
        <span aria-hidden="true" className="history-button__icon">
          ↶
        </span>
        Undo
        {history.undoLabel !== null && <span className="history-button__label">{history.undoLabel}</span>}
      </button>
      <button
        type="button"
        className="button button--ghost history-button"
        disabled={history.redoLabel === null || history.busy}
        title={history.redoLabel === null ? 'Nothing to redo' : `Redo ${history.redoLabel.toLowerCase()} (${redoKeys})`}
        aria-keyshortcuts={isMac ? 'Meta+Shift+Z' : 'Control+Shift+Z Control+Y'}
        onClick={() => history.step('redo')}
      >
        <span aria-hidden="true" className="history-button__icon">
          ↷
        </span>
        Redo
        {history.redoLabel !== null && <span className="history-button__label">{history.redoLabel}</span>}
      </button>
    </div>
  );
}
