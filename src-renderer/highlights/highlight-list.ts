// A source's highlight list (`annotations.list`) updated from an operation's
// answer, kept in the list's own order, so a change needs no refetch of thousands of rows.

import type { OperationOutput } from '../../src-main/core/api/operations.ts';
import type { Highlight } from './highlight-types.ts';

export type HighlightList = OperationOutput<'annotations.list'>;

/** The list with `highlight` added, or put in place of its old self, where the list's order puts it. */
export function withHighlight(list: HighlightList, highlight: Highlight): HighlightList {
  const rows = list.rows.filter((row) => row.id !== highlight.id);
  const added = rows.length === list.rows.length;
  const at = rows.findIndex((row) => compareListOrder(highlight, row) < 0);
  rows.splice(at === -1 ? rows.length : at, 0, highlight);
  return { rows, total: added ? list.total + 1 : list.total };
}

export function withoutHighlight(list: HighlightList, id: string): HighlightList {
  const rows = list.rows.filter((row) => row.id !== id);
  return { rows, total: list.total - (list.rows.length - rows.length) };
}

/** The order `annotations.list` answers in: placed highlights by start (the longer first), then the orphans. */
function compareListOrder(a: Highlight, b: Highlight): number {
  return (
    Number(a.status === 'orphaned') - Number(b.status === 'orphaned') ||
    (a.start ?? -1) - (b.start ?? -1) ||
    (b.end ?? -1) - (a.end ?? -1) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
