// The comparison domain's operations: compare by event (columns, claims, discrepancies), align two
// sources or show two to four side by side, find a passage in the other sources, and resolve discrepancies.

import { z } from 'zod';
import { defineOperation } from '../api/contract.ts';
import { alignSources, sideBySide } from './align-sources.ts';
import { compareEvent } from './compare-event.ts';
import { listDiscrepancies, reopenDiscrepancy, resolveDiscrepancy } from './discrepancies/list-discrepancies.ts';
import { findPassage } from './find-passage.ts';
import { MAX_NOTE_CHARS, tooLong } from '../limits.ts';

const id = z.string().min(1).max(100);
const threshold = z.number().min(0).max(1).optional();

export const compareOperations = [
  defineOperation('compare.event', z.object({ eventId: id }), (project, input) => compareEvent(project.db, input.eventId)),
  defineOperation('compare.align', z.object({ sourceIdA: id, sourceIdB: id, threshold }), (project, input) =>
    alignSources(project.db, input.sourceIdA, input.sourceIdB, input.threshold),
  ),
  defineOperation(
    'compare.sources',
    z.object({ sourceIds: z.array(id).min(2, 'compare at least two sources').max(4, 'compare at most four sources side by side'), threshold }),
    (project, input) => sideBySide(project.db, input.sourceIds, input.threshold),
  ),
  defineOperation(
    'compare.findPassage',
    z
      .object({
        sourceId: id,
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        sourceIds: z.array(id).max(1000).optional(),
        limit: z.number().int().min(1).max(20).default(3),
      })
      .refine((t) => t.end > t.start, 'the selection is empty'),
    (project, input) => findPassage(project.db, input),
  ),
  defineOperation('discrepancies.list', z.object({ eventId: id.optional(), open: z.boolean().default(false) }), (project, input) =>
    listDiscrepancies(project.db, input.eventId, input.open),
  ),
  defineOperation(
    'discrepancies.resolve',
    z.object({
      eventId: id,
      key: z.string().min(1).max(500),
      trustedSourceId: id.nullable().default(null),
      note: z.string().max(MAX_NOTE_CHARS, tooLong('a note', MAX_NOTE_CHARS)).default(''),
    }),
    (project, input) => resolveDiscrepancy(project.db, input),
    { undoLabel: 'Resolve discrepancy' },
  ),
  defineOperation('discrepancies.reopen', z.object({ eventId: id, key: z.string().min(1).max(500) }), (project, input) => reopenDiscrepancy(project.db, input.eventId, input.key), {
    undoLabel: 'Reopen discrepancy',
  }),
] as const;
