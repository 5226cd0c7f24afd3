// The one search box in the header: search as you type, results grouped by
// kind in a panel below, ↑↓ to move, Enter to open, Esc to close.

import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { describeError } from '../api/call-error.ts';
import { displayAccelerator } from '../app/menu/accelerator.ts';
import { openResult } from './open-result.ts';
import { flatten, optionId, SearchPanel, type FlatResult } from './SearchPanel.tsx';
import { useSearch } from './use-search.ts';
import { useSearchShortcut } from './use-search-shortcut.ts';
import './search.css';

export function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  const panelId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useSearch(text);
  useSearchShortcut(input);

  const groups = search.query === '' || search.isError ? null : (search.data?.groups ?? null);
  const items = groups === null ? [] : flatten(groups);
  const current = Math.min(active, Math.max(0, items.length - 1));
  const showPanel = open && text.trim() !== '';

  function change(value: string) {
    setText(value);
    setActive(0);
    setOpen(true);
  }

  function go(item: FlatResult) {
    setOpen(false);
    input.current?.blur();
    openResult(item.kind, item.result);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (items.length > 0) setActive((current + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[current];
      if (item && showPanel) go(item);
    } else if (event.key === 'Escape') {
      // Handled here, so the reader's "Escape goes back" does not fire too.
      event.preventDefault();
      if (showPanel) setOpen(false);
      else {
        setText('');
        input.current?.blur();
      }
    }
  }

  return (
    <div className="search-box" onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && setOpen(false)}>
      <span className="search-box__icon" aria-hidden="true">
        <svg viewBox="0 0 16 16" width="14" height="14">
          <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
      </span>
      <input
        ref={input}
        type="search"
        className="search-box__input"
        placeholder="Search"
        aria-label="Search sources, highlights, notes and events"
        role="combobox"
        aria-expanded={showPanel}
        aria-controls={panelId}
        aria-autocomplete="list"
        aria-activedescendant={showPanel && items.length > 0 ? optionId(current) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => change(event.target.value)}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {text === '' && (
        <kbd className="search-box__hint" aria-hidden="true">
          {displayAccelerator('CmdOrCtrl+K')}
        </kbd>
      )}
      {showPanel && (
        <SearchPanel
          id={panelId}
          groups={groups}
          invalid={search.invalid}
          failed={search.isError && search.invalid === null ? describeError(search.error) : null}
          busy={search.isFetching || search.typing}
          query={search.query}
          active={current}
          onHover={setActive}
          onOpen={go}
        />
      )}
    </div>
  );
}
