// Plain-text tables for a terminal: columns padded to their widest cell, long cells cut with an
// ellipsis so one long title cannot push the id off the screen.

export interface Column {
  readonly header: string;
  /** Longest a cell may be before it is cut; the last column is never cut. */
  readonly max?: number;
  /** Leading spaces in this column's cells show nesting (a tree) and are kept as they are. */
  readonly indented?: boolean;
}

export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cut = rows.map((row) => row.map((cell, index) => fitCell(cell, columns[index])));
  const widths = columns.map((column, index) => Math.max(column.header.length, ...cut.map((row) => (row[index] ?? '').length)));
  const render = (cells: readonly string[]) =>
    cells
      .map((cell, index) => (index === cells.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  return [render(columns.map((c) => c.header)), ...cut.map(render)].join('\n');
}

function fitCell(cell: string, column: Column | undefined): string {
  if (!column?.indented) return truncate(cell, column?.max);
  const indent = /^ */.exec(cell)?.[0] ?? '';
  return indent + truncate(cell.slice(indent.length), column.max === undefined ? undefined : Math.max(1, column.max - indent.length));
}

export function truncate(text: string, max: number | undefined): string {
  const flat = text.replace(/\s+/g, ' ');
  if (max === undefined || flat.length <= max) return flat;
  return `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
