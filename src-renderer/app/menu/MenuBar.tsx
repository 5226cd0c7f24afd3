// The in-page menu bar for browser mode (File, Edit, View, Go, Help), built from
// the menu table. An ARIA menubar: Left/Right move between menus, Down/Up/Enter
// open one, arrows, Home/End and a first letter move inside, Enter runs, Escape closes.
// The desktop app shows its native menu instead (see use-menu-keys.ts).

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { themePreference } from '../../appearance/theme.ts';
import { menuItems, menuNames, type MenuItem } from './menu-items.ts';
import { useMenuRegistryVersion } from './menu-registry.ts';
import './menu-bar.css';

interface OpenMenu {
  menu: number;
  item: number;
}

export function MenuBar() {
  useMenuRegistryVersion();
  const theme = themePreference.use();
  const baseId = useId();
  const [open, setOpen] = useState<OpenMenu | null>(null);
  const [tabStop, setTabStop] = useState(0);
  const topButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const itemButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const bar = useRef<HTMLDivElement>(null);

  const itemsOf = (menu: number): MenuItem[] => menuItems(menuNames[menu] ?? 'File', theme);
  const items = open === null ? [] : itemsOf(open.menu);

  useEffect(() => {
    if (open !== null) itemButtons.current[open.item]?.focus();
  }, [open]);

  // F10 moves to the menu bar from anywhere, as in desktop programs.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'F10' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      event.preventDefault();
      topButtons.current[tabStop]?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [tabStop]);

  const wrap = (index: number, length: number) => (index + length) % length;

  const openMenu = (menu: number, item: 'first' | 'last') => {
    setTabStop(menu);
    setOpen({ menu, item: item === 'first' ? 0 : itemsOf(menu).length - 1 });
  };

  const close = (refocus: boolean) => {
    const menu = open?.menu ?? tabStop;
    setOpen(null);
    if (refocus) topButtons.current[menu]?.focus();
  };

  const onTopKeyDown = (event: KeyboardEvent<HTMLButtonElement>, menu: number) => {
    const next = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (next !== undefined) {
      event.preventDefault();
      const target = wrap(menu + next, menuNames.length);
      setTabStop(target);
      topButtons.current[target]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const target = event.key === 'Home' ? 0 : menuNames.length - 1;
      setTabStop(target);
      topButtons.current[target]?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openMenu(menu, 'first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(menu, 'last');
    }
  };

  const run = (item: MenuItem) => {
    if (item.unavailable !== undefined) return;
    setOpen(null);
    item.run();
  };

  const onItemKeyDown = (event: KeyboardEvent<HTMLButtonElement>, item: MenuItem) => {
    if (open === null) return;
    const move = (index: number) => setOpen({ menu: open.menu, item: wrap(index, items.length) });
    switch (event.key) {
      case 'ArrowDown':
        move(open.item + 1);
        break;
      case 'ArrowUp':
        move(open.item - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(items.length - 1);
        break;
      case 'ArrowRight':
      case 'ArrowLeft':
        openMenu(wrap(open.menu + (event.key === 'ArrowRight' ? 1 : -1), menuNames.length), 'first');
        break;
      case 'Enter':
      case ' ':
        run(item);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        setOpen(null);
        return;
      default: {
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        // Typeahead: the next item whose label starts with the letter typed.
        const letter = event.key.toLowerCase();
        for (let step = 1; step <= items.length; step++) {
          const index = wrap(open.item + step, items.length);
          if (items[index]?.label.toLowerCase().startsWith(letter)) {
            move(index);
            break;
          }
        }
      }
    }
    // Every key a menu answers is its own (Escape would otherwise also leave the reader).
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={bar}
      className="menubar"
      role="menubar"
      aria-label="Application menu"
      onBlur={(event) => {
        if (!bar.current?.contains(event.relatedTarget)) setOpen(null);
      }}
    >
      {menuNames.map((name, menu) => {
        const expanded = open?.menu === menu;
        const topId = `${baseId}-menu-${menu}`;
        return (
          <div key={name} role="none" className="menubar__slot">
            <button
              ref={(element) => {
                topButtons.current[menu] = element;
              }}
              id={topId}
              type="button"
              role="menuitem"
              className="menubar__top"
              aria-haspopup="menu"
              aria-expanded={expanded}
              tabIndex={tabStop === menu ? 0 : -1}
              onClick={() => (expanded ? close(false) : openMenu(menu, 'first'))}
              onMouseEnter={() => open !== null && !expanded && openMenu(menu, 'first')}
              onKeyDown={(event) => onTopKeyDown(event, menu)}
            >
              {name}
            </button>
            {expanded && (
              <div role="menu" aria-labelledby={topId} className="menubar__menu">
                {items.map((item, index) => (
                  <MenuEntry
                    key={item.key}
                    item={item}
                    ref={(element) => {
                      itemButtons.current[index] = element;
                    }}
                    onRun={() => run(item)}
                    onHover={() => setOpen({ menu, item: index })}
                    onKeyDown={(event) => onItemKeyDown(event, item)}
                  />
                ))}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}

interface MenuEntryProps {
  item: MenuItem;
  ref: (element: HTMLButtonElement | null) => void;
  onRun: () => void;
  onHover: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

function MenuEntry({ item, ref, onRun, onHover, onKeyDown }: MenuEntryProps) {
  return (
    <>
      {item.startsGroup && <div role="separator" className="menubar__separator" />}
      <button
        ref={ref}
        type="button"
        role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
        aria-checked={item.checked}
        aria-disabled={item.unavailable !== undefined ? true : undefined}
        aria-keyshortcuts={item.ariaKeys}
        tabIndex={-1}
        className="menubar__item"
        onClick={onRun}
        onMouseEnter={onHover}
        onKeyDown={onKeyDown}
      >
        <span className="menubar__check" aria-hidden="true">
          {item.checked ? '✓' : ''}
        </span>
        <span className="menubar__label">{item.label}</span>
        {item.unavailable !== undefined && <span className="menubar__reason">({item.unavailable})</span>}
        {item.keys !== undefined && (
          <kbd className="menubar__keys" aria-hidden="true">
            {item.keys}
          </kbd>
        )}
      </button>
    </>
  );
}
