// Merging one record that has an id: added when new, taken when only the
// bundle changed it, left when only this project did, and a conflict when
// both did. "Changed" is judged against bundle_merge_bases (see README.md).

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { newId, now } from '../project/ids.ts';
import { recordColumns, type RecordTable } from './bundle-tables.ts';
import type { Choice, MergeConflict, MergeReport } from './merge-types.ts';
import { recordHash } from './record-hash.ts';

export type Row = Record<string, unknown>;
export type MergeOutcome = 'added' | 'updated' | 'unchanged' | 'kept' | 'copied';

/** Tables where "keep both" cannot make a copy: a unique rule allows only one such row. */
const noCopies: ReadonlySet<RecordTable> = new Set(['sources', 'event_links', 'entity_aliases', 'discrepancy_resolutions']);

/** The other unique rule a record may meet a local one by, besides its id. */
const naturalKeys: Partial<Record<RecordTable, readonly string[]>> = {
  event_links: ['highlight_id', 'event_id'],
  entity_aliases: ['match_key'],
  discrepancy_resolutions: ['event_id', 'discrepancy_key'],
};

const copyMarks: Partial<Record<RecordTable, (row: Row) => Row>> = {
  tags: (row) => ({ ...row, name: `${String(row['name'])} (copy from bundle)` }),
  events: (row) => ({ ...row, title: `${String(row['title'])} (copy from bundle)` }),
  entities: (row) => ({ ...row, name: `${String(row['name'])} (copy from bundle)` }),
  highlights: (row) => ({ ...row, note: `[Copy from bundle] ${String(row['note'])}` }),
};

export interface MergeResult {
  outcome: MergeOutcome;
  localId: string;
  /** The new id of the copy "keep both" made. */
  copyId?: string;
}

export interface RecordMerger {
  /**
   * Merges `incoming` (already translated to local ids). `theirsHash` is the
   * hash of the row exactly as the bundle carried it; `bundleBase` the sender's base.
   * `columnsLater` are left out of inserts and updates (the caller sets them afterwards).
   */
  merge(
    table: RecordTable,
    incoming: Row,
    theirsHash: string,
    bundleBase: string | null | undefined,
    options?: { columnsLater?: readonly string[]; insertExtra?: Row },
  ): MergeResult;
  /** Conflicts that had no choice, for the merge to refuse. */
  readonly missingChoices: string[];
  /** Records the local version's hash again after a later change (a re-anchor). */
  refreshBase(table: RecordTable, id: string): void;
}

export function createRecordMerger(db: Database.Database, report: MergeReport, choicesMade: Readonly<Record<string, Choice>> | null): RecordMerger {
  const missingChoices: string[] = [];
  const mergedAt = now();
  const statements = new Map<string, Database.Statement>();
  const statement = (key: string, sql: () => string) => {
    let found = statements.get(key);
    if (found === undefined) {
      found = db.prepare(sql());
      statements.set(key, found);
    }
    return found;
  };
  const quoted = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(', ');
  const selectById = (table: RecordTable) => statement(`get ${table}`, () => `SELECT ${quoted(recordColumns[table])} FROM ${table} WHERE id = ?`);
  const findNatural = (table: RecordTable, row: Row): Row | undefined => {
    const key = naturalKeys[table];
    if (key === undefined) return undefined;
    const found = statement(`natural ${table}`, () => `SELECT ${quoted(recordColumns[table])} FROM ${table} WHERE ${key.map((c) => `"${c}" = ?`).join(' AND ')}`);
    return found.get(...key.map((c) => row[c])) as Row | undefined;
  };
  const insert = (table: RecordTable, row: Row, skip: readonly string[], extra: Row) => {
    const columns = [...recordColumns[table].filter((c) => !skip.includes(c)), ...Object.keys(extra)];
    statement(`insert ${table} ${columns.join()}`, () => `INSERT INTO ${table} (${quoted(columns)}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(
      pick({ ...row, ...extra }, columns),
    );
  };
  const update = (table: RecordTable, id: string, row: Row, skip: readonly string[]) => {
    const columns = recordColumns[table].filter((c) => c !== 'id' && !skip.includes(c));
    statement(`update ${table} ${skip.join()}`, () => `UPDATE ${table} SET ${columns.map((c) => `"${c}" = @${c}`).join(', ')} WHERE id = @id`).run({
      ...pick(row, columns),
      id,
    });
  };
  const getBase = (table: RecordTable, id: string) =>
    statement('get base', () => 'SELECT ours_sha256 AS ours, theirs_sha256 AS theirs FROM bundle_merge_bases WHERE table_name = ? AND record_id = ?').get(table, id) as
      | { ours: string; theirs: string }
      | undefined;
  const setBase = (table: RecordTable, id: string, ours: string, theirs: string) =>
    statement(
      'set base',
      () => `INSERT INTO bundle_merge_bases (table_name, record_id, ours_sha256, theirs_sha256, merged_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (table_name, record_id) DO UPDATE SET ours_sha256 = excluded.ours_sha256, theirs_sha256 = excluded.theirs_sha256, merged_at = excluded.merged_at`,
    ).run(table, id, ours, theirs, mergedAt);

  return {
    missingChoices,
    refreshBase(table, id) {
      const row = selectById(table).get(id) as Row | undefined;
      if (row === undefined) return;
      statement('refresh base', () => 'UPDATE bundle_merge_bases SET ours_sha256 = ? WHERE table_name = ? AND record_id = ?').run(recordHash(table, row), table, id);
    },
    merge(table, incoming, theirsHash, bundleBase, options = {}) {
      const columnsLater = options.columnsLater ?? [];
      const extra = options.insertExtra ?? {};
      const tally = report.tallies[table];
      const local = (selectById(table).get(incoming['id']) as Row | undefined) ?? findNatural(table, incoming);
      if (local === undefined) {
        insert(table, incoming, columnsLater, extra);
        setBase(table, String(incoming['id']), recordHash(table, incoming), theirsHash);
        tally.added += 1;
        return { outcome: 'added', localId: String(incoming['id']) };
      }
      const localId = String(local['id']);
      const theirs = { ...incoming, id: localId };
      const oursHash = recordHash(table, local);
      const theirsTranslated = recordHash(table, theirs);
      const base = getBase(table, localId);
      const settle = (outcome: MergeOutcome, finalHash: string): MergeResult => {
        setBase(table, localId, finalHash, theirsHash);
        return { outcome, localId };
      };
      if (oursHash === theirsTranslated) {
        tally.unchanged += 1;
        return settle('unchanged', oursHash);
      }
      const bundleUnchanged = (base !== undefined && base.theirs === theirsHash) || (bundleBase != null && bundleBase === theirsHash);
      const localUnchanged = (base !== undefined && base.ours === oursHash) || (bundleBase != null && bundleBase === oursHash);
      if (bundleUnchanged) {
        tally.unchanged += 1;
        return settle('kept', oursHash);
      }
      if (localUnchanged) {
        update(table, localId, theirs, columnsLater);
        tally.updated += 1;
        return settle('updated', theirsTranslated);
      }
      tally.conflicts += 1;
      const conflictId = `${table}:${String(incoming['id'])}`;
      const allowed: Choice[] = noCopies.has(table) ? ['ours', 'theirs'] : ['ours', 'theirs', 'both'];
      const conflict: MergeConflict = { id: conflictId, table, recordId: localId, label: labelOf(table, local), ours: local, theirs, allowed };
      report.conflicts.push(conflict);
      const choice = choicesMade?.[conflictId];
      if (choicesMade !== null && choice === undefined) missingChoices.push(conflictId);
      if (choice === 'theirs') {
        update(table, localId, theirs, columnsLater);
        return settle('updated', theirsTranslated);
      }
      if (choice === 'both') {
        if (!allowed.includes('both')) {
          throw new AppError('invalid_input', `The conflict ${conflictId} cannot be settled with "keep both"; choose "ours" or "theirs".`, { conflict: conflictId });
        }
        const mark = copyMarks[table] ?? ((row: Row) => row);
        const copyId = newId();
        insert(table, mark({ ...incoming, id: copyId }), columnsLater, extra);
        report.copies += 1;
        return { ...settle('copied', oursHash), copyId };
      }
      return settle('kept', oursHash);
    },
  };
}

function pick(row: Row, columns: readonly string[]): Row {
  const picked: Row = {};
  for (const column of columns) picked[column] = row[column] ?? null;
  return picked;
}

function labelOf(table: RecordTable, row: Row): string {
  const text = String(row['title'] ?? row['name'] ?? row['exact'] ?? row['alias'] ?? row['discrepancy_key'] ?? row['stance'] ?? row['id']);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
