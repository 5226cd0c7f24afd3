// Discrepancies across events, for a review list (optionally only those still open or gone stale),
// and resolving or reopening one: a verdict is only filed against a discrepancy that exists now.

import type Database from 'better-sqlite3';
import { AppError } from '../../api/errors.ts';
import { readEventRow } from '../../events/event-rows.ts';
import { analyseEvent, compareEvent, type DiscrepancyView } from '../compare-event.ts';
import { reopenResolution, saveResolution, type Resolution } from './resolutions.ts';

export interface EventDiscrepancies {
  eventId: string;
  eventTitle: string;
  discrepancies: DiscrepancyView[];
}

export function listDiscrepancies(db: Database.Database, eventId: string | undefined, open: boolean): EventDiscrepancies[] {
  const ids = eventId !== undefined ? [readEventRow(db, eventId).id] : (db.prepare('SELECT id FROM events ORDER BY date_start IS NULL, date_start, title').all() as { id: string }[]).map((r) => r.id);
  return ids
    .map((id) => {
      const comparison = compareEvent(db, id);
      const discrepancies = open ? comparison.discrepancies.filter((d) => d.resolution === null || d.resolution.stale) : comparison.discrepancies;
      return { eventId: id, eventTitle: comparison.event.title, discrepancies };
    })
    .filter((e) => e.discrepancies.length > 0 || eventId !== undefined);
}

export function resolveDiscrepancy(db: Database.Database, input: { eventId: string; key: string; trustedSourceId: string | null; note: string }): Resolution {
  const group = analyseEvent(db, input.eventId).groups.find((g) => g.key === input.key && g.status === 'conflict');
  if (group === undefined) throw new AppError('not_found', `The event has no discrepancy "${input.key}" (the passages may have changed).`);
  return saveResolution(db, input.eventId, group, input.trustedSourceId, input.note);
}

export function reopenDiscrepancy(db: Database.Database, eventId: string, key: string): { eventId: string; key: string } {
  readEventRow(db, eventId);
  return reopenResolution(db, eventId, key);
}
