// The keyboard shortcut sheet (Help ▸ Keyboard Shortcuts, or "?"): the menu
// table's accelerators, grouped by menu, then the keys each view answers.

import { menuActionSpecs, type MenuName } from '../../src-main/hosts/menu-actions.ts';
import { Dialog } from '../app/Dialog.tsx';
import { displayAccelerator } from '../app/menu/accelerator.ts';
import { menuNames } from '../app/menu/menu-items.ts';
import { pageKeyGroups } from './page-keys.ts';
import './help.css';

function menuShortcuts(menu: MenuName): { label: string; keys: string }[] {
  return menuActionSpecs.flatMap((spec) => (spec.menu === menu && 'accelerator' in spec ? [{ label: spec.label.replace(/…$/, ''), keys: displayAccelerator(spec.accelerator) }] : []));
}

export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={open}
      title="Keyboard shortcuts"
      onClose={onClose}
      width="wide"
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      }
    >
      {/* Focusable, so a keyboard can scroll it when it is taller than the window. */}
      <div className="shortcut-sheet" role="group" aria-label="All shortcuts" tabIndex={0}>
        {menuNames.map((menu) => {
          const rows = menuShortcuts(menu);
          return rows.length === 0 ? null : (
            <section key={menu} className="shortcut-sheet__group" aria-label={`${menu} menu`}>
              <h3 className="shortcut-sheet__title">{menu} menu</h3>
              <dl className="shortcut-sheet__list">
                {rows.map((row) => (
                  <div key={row.label} className="shortcut-sheet__row">
                    <dt>{row.label}</dt>
                    <dd>
                      <kbd>{row.keys}</kbd>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
        {pageKeyGroups.map((group) => (
          <section key={group.title} className="shortcut-sheet__group" aria-label={group.title}>
            <h3 className="shortcut-sheet__title">{group.title}</h3>
            <dl className="shortcut-sheet__list">
              {group.keys.map((key) => (
                <div key={key.does} className="shortcut-sheet__row">
                  <dt>{key.does}</dt>
                  <dd>
                    {key.keys.map((k) => (
                      <kbd key={k}>{k}</kbd>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
