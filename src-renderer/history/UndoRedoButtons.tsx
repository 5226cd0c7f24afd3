// The header's Undo and Redo buttons, each naming the change it would undo or
// redo (from `history.state`). The same steps are the Edit menu's Undo and Redo,
// whose keys (from the menu table) reach them through the menu registry.

import { ariaKeyShortcut, displayAccelerator, isMac } from '../app/menu/accelerator.ts';
import { useMenuAction } from '../app/menu/menu-registry.ts';
import { useHistory, type HistoryDirection } from './use-history.ts';
import './history.css';

const look: Record<HistoryDirection, { verb: string; icon: string; keys: string; shortcut: string }> = {
  undo: { verb: 'Undo', icon: '↶', keys: displayAccelerator('CmdOrCtrl+Z'), shortcut: ariaKeyShortcut('CmdOrCtrl+Z') },
  redo: {
    verb: 'Redo',
    icon: '↷',
    keys: displayAccelerator('CmdOrCtrl+Shift+Z'),
    shortcut: isMac ? ariaKeyShortcut('CmdOrCtrl+Shift+Z') : `${ariaKeyShortcut('CmdOrCtrl+Shift+Z')} ${ariaKeyShortcut('CmdOrCtrl+Y')}`,
  },
};

export function UndoRedoButtons() {
  const history = useHistory();
  useMenuAction('edit.undo', () => history.step('undo'));
  useMenuAction('edit.redo', () => history.step('redo'));

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
        <span className="history-button__verb">{verb}</span>
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
