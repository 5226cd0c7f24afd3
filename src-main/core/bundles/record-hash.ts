// A record's version as one hash over the columns that mean something to the
// user, in a fixed order, so both sides of a merge compute the same value.

import { createHash } from 'node:crypto';
import { recordColumns, type RecordTable } from './bundle-tables.ts';

export function recordHash(table: RecordTable, row: Readonly<Record<string, unknown>>): string {
  const values = recordColumns[table].map((column) => row[column] ?? null);
  return createHash('sha256').update(JSON.stringify(values)).digest('hex');
}
