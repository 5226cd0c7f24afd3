// The reader's side panel tabs (Highlights, Details, Revisions, and Elsewhere after a search), following the
// ARIA tabs pattern: arrow keys move between tabs, only the chosen panel is drawn.

import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type SideTab = 'highlights' | 'details' | 'revisions' | 'elsewhere';

interface SideTabsProps {
  tab: SideTab;
  onTabChange: (tab: SideTab) => void;
  tabs: readonly { id: SideTab; label: string; count?: number | undefined; attention?: boolean }[];
  children: ReactNode;
}

export function SideTabs({ tab, onTabChange, tabs, children }: SideTabsProps) {
  const baseId = useId();
  const list = useRef<HTMLDivElement>(null);
  // The tabs scroll sideways in a narrow panel; the chosen one is always in view.
  useEffect(() => {
    list.current?.querySelector<HTMLElement>(`[data-tab="${tab}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [tab]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((t) => t.id === tab);
    const next =
      event.key === 'ArrowRight' ? tabs[(index + 1) % tabs.length] : event.key === 'ArrowLeft' ? tabs[(index - 1 + tabs.length) % tabs.length] : event.key === 'Home' ? tabs[0] : event.key === 'End' ? tabs.at(-1) : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onTabChange(next.id);
    list.current?.querySelector<HTMLElement>(`[data-tab="${next.id}"]`)?.focus();
  };

  return (
    <>
      <div ref={list} className="side-tabs" role="tablist" aria-label="Side panel" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${baseId}-${t.id}`}
            data-tab={t.id}
            className="side-tabs__tab"
            aria-selected={t.id === tab}
            aria-controls={t.id === tab ? `${baseId}-panel` : undefined}
            tabIndex={t.id === tab ? 0 : -1}
            onClick={() => onTabChange(t.id)}
          >
            {t.label}
            {t.count !== undefined && <span className={`side-tabs__count${t.attention ? ' side-tabs__count--attention' : ''}`}>{t.count}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-${tab}`} className="side-tabs__panel">
        {children}
      </div>
    </>
  );
}
