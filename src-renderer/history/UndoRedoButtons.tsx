// The header's Undo and Redo buttons, each naming the change it would undo or
// redo (from `history.state`), plus the keyboard shortcuts behind them.

import { useHistory, type HistoryDirection } from './use-history.ts';
import { useUndoShortcuts } from './use-undo-shortcuts.ts';
import './history.css';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

const look: Record<HistoryDirection, { verb: string; icon: string; keys: string; shortcut: string }> = {
  undo: { verb: 'Undo', icon: '↶', keys: isMac ? '⌘Z' : 'Ctrl+Z', shortcut: isMac ? 'Meta+Z' : 'Control+Z' },
  redo: { verb: 'Redo', icon: '↷', keys: isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z', shortcut: isMac ? 'Meta+Shift+Z' : 'Control+Shift+Z Control+Y' },
};

export function UndoRedoButtons() {
  const history = useHistory();
  useUndoShortcuts(history);

  const button = (direction: HistoryDirection, label: string | null) => {
    const { verb, icon, keys, shortcut } = look[direction];
    return (
      <button
        type="button"
        className="button button--ghost history-button"
        disabled={label === null && !history.busy}
        title={label === null ? `Nothing to ${direction}` : `${verb} “${label}” (${keys})`}
        aria-keyshortcuts={shortcut}
        onClick={() => history.step(direction)}
      >
        <span aria-hidden="true" className="history-button__icon">
          {icon}
        </span>{' '}
        {verb}
        {label !== null && (
          <>
            {' '}
            <span className="history-button__label">{label}</span>
          </>
        )}
      </button>
    );
  };

  return (
    <div className="history-buttons" role="group" aria-label="History">
      {button('undo', history.undoLabel)}
      {button('redo', history.redoLabel)}
      <span className="visually-hidden" role="status">
        {history.announcement}
      </span>
    </div>
  );
}
