// The tables whose rows undo restores, with the columns that identify a row.
// Triggers in the migrations capture changes to exactly these tables.
// A source's image is its id alone: its rows wait in deleted_sources (source-archive.ts).

export const undoTables = {
  sources: { key: ['id'] },
  highlights: { key: ['id'] },
  tags: { key: ['id'] },
  highlight_tags: { key: ['highlight_id', 'tag_id'] },
  events: { key: ['id'] },
  event_links: { key: ['id'] },
  entities: { key: ['id'] },
  entity_aliases: { key: ['id'] },
  event_actors: { key: ['event_id', 'entity_id'] },
  discrepancy_resolutions: { key: ['id'] },
} as const satisfies Record<string, { key: readonly string[] }>;

export type UndoTable = keyof typeof undoTables;

export type RowImage = Record<string, string | number | null>;

export interface RowChange {
  table: UndoTable;
  before: RowImage | null;
  after: RowImage | null;
}

export function isUndoTable(name: string): name is UndoTable {
  return Object.hasOwn(undoTables, name);
}
