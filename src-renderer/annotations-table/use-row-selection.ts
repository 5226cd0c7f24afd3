// Which rows are checked: a click toggles one, Shift+click extends from the
// last one clicked, and the header box checks every loaded row.

import { useCallback, useMemo, useRef, useState } from 'react';

export function useRowSelection(ids: readonly string[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<number | null>(null);

  const toggle = useCallback(
    (index: number, shift: boolean) => {
      const id = ids[index];
      if (id === undefined) return;
      setSelected((current) => {
        const next = new Set(current);
        const from = anchor.current;
        if (shift && from !== null) {
          // The range takes the state the anchor row has.
          const on = current.has(ids[from] ?? '');
          for (let i = Math.min(from, index); i <= Math.max(from, index); i++) {
            const rowId = ids[i];
            if (rowId !== undefined) (on ? next.add(rowId) : next.delete(rowId));
          }
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      if (!shift) anchor.current = index;
    },
    [ids],
  );

  const loaded = useMemo(() => new Set(ids), [ids]);
  // Rows gone from the list (deleted, filtered out) no longer count as selected.
  const visible = useMemo(() => [...selected].filter((id) => loaded.has(id)), [selected, loaded]);
  const allChecked = ids.length > 0 && visible.length === ids.length;

  return {
    ids: visible,
    has: (id: string) => selected.has(id) && loaded.has(id),
    toggle,
    allChecked,
    someChecked: visible.length > 0 && !allChecked,
    setAll: (on: boolean) => setSelected(on ? new Set(ids) : new Set()),
    clear: () => setSelected(new Set()),
  };
}

export type RowSelection = ReturnType<typeof useRowSelection>;
