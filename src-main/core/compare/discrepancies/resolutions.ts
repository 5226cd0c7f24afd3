// The user's verdicts on discrepancies: which account they trust and why, filed under the event and the
// discrepancy's key, with a snapshot of the claims so a later change in the passages shows as "stale".

import type Database from 'better-sqlite3';
import { AppError } from '../../api/errors.ts';
import { newId, now } from '../../project/ids.ts';
import type { ClaimGroup } from './compare-claims.ts';

export interface Resolution {
  id: string;
  eventId: string;
  key: string;
  trustedSourceId: string | null;
  note: string;
  /** The claims changed since the user resolved it: worth another look. */
  stale: boolean;
  createdAt: string;
  updatedAt: string;
}

interface ResolutionRow {
  id: string;
  event_id: string;
  discrepancy_key: string;
  trusted_source_id: string | null;
  note: string;
  claims_snapshot: string;
  created_at: string;
  updated_at: string;
}

/** What a discrepancy's claims were, in a form that compares equal when nothing changed. */
export function snapshotOf(group: ClaimGroup): string {
  const parts = group.claims.filter((c) => c.compared && c.excluded === null).map((c) => ({ sourceId: c.sourceId, value: c.display }));
  parts.sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.value.localeCompare(b.value));
  return JSON.stringify(parts);
}

export function resolutionsOf(db: Database.Database, eventId: string, groups: readonly ClaimGroup[]): Map<string, Resolution> {
  const rows = db.prepare('SELECT * FROM discrepancy_resolutions WHERE event_id = ?').all(eventId) as ResolutionRow[];
  const snapshots = new Map(groups.map((g) => [g.key, snapshotOf(g)]));
  return new Map(rows.map((row) => [row.discrepancy_key, toResolution(row, snapshots.get(row.discrepancy_key))]));
}

function toResolution(row: ResolutionRow, current: string | undefined): Resolution {
  return {
    id: row.id,
    eventId: row.event_id,
    key: row.discrepancy_key,
    trustedSourceId: row.trusted_source_id,
    note: row.note,
    stale: current !== undefined && current !== row.claims_snapshot,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function saveResolution(
  db: Database.Database,
  eventId: string,
  group: ClaimGroup,
  trustedSourceId: string | null,
  note: string,
): Resolution {
  if (trustedSourceId !== null && !group.claims.some((c) => c.sourceId === trustedSourceId)) {
    throw new AppError('invalid_input', 'The trusted source must be one of the accounts in this discrepancy.');
  }
  if (trustedSourceId === null && note.trim() === '') {
    throw new AppError('invalid_input', 'Say which account you trust, or note why the discrepancy is settled.');
  }
  const at = now();
  const snapshot = snapshotOf(group);
  const existing = db.prepare('SELECT * FROM discrepancy_resolutions WHERE event_id = ? AND discrepancy_key = ?').get(eventId, group.key) as ResolutionRow | undefined;
  if (existing !== undefined) {
    db.prepare('UPDATE discrepancy_resolutions SET trusted_source_id = ?, note = ?, claims_snapshot = ?, updated_at = ? WHERE id = ?').run(trustedSourceId, note, snapshot, at, existing.id);
  } else {
    db.prepare(
      `INSERT INTO discrepancy_resolutions (id, event_id, discrepancy_key, trusted_source_id, note, claims_snapshot, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(newId(), eventId, group.key, trustedSourceId, note, snapshot, at, at);
  }
  const row = db.prepare('SELECT * FROM discrepancy_resolutions WHERE event_id = ? AND discrepancy_key = ?').get(eventId, group.key) as ResolutionRow;
  return toResolution(row, snapshot);
}

export function reopenResolution(db: Database.Database, eventId: string, key: string): { eventId: string; key: string } {
  const { changes } = db.prepare('DELETE FROM discrepancy_resolutions WHERE event_id = ? AND discrepancy_key = ?').run(eventId, key);
  if (changes === 0) throw new AppError('not_found', 'That discrepancy is not marked resolved.');
  return { eventId, key };
}
