// The events domain's operations: the timeline, one event with its passages, create (also straight from a
// highlight), update, merge, delete, and linking passages to events with a stance. Every change is undoable.

import { z } from 'zod';
import { defineOperation } from '../api/contract.ts';
import { createEventFromHighlight } from './create-from-highlight.ts';
import { createEvent, deleteEvent, mergeEvents, updateEvent } from './edit-events.ts';
import { isoPrefix } from './event-dates.ts';
import { eventsOfHighlight, linkHighlight, unlinkHighlight } from './event-links.ts';
import { readEvent } from './event-rows.ts';
import { datePrecisions, stances } from './event-types.ts';
import { listEvents, listEventsInput } from './timeline.ts';
import { MAX_ACTORS_PER_EVENT, MAX_ENTITY_NAME_CHARS, MAX_EVENT_DESCRIPTION_CHARS, MAX_EVENT_TITLE_CHARS, tooLong, tooMany } from '../limits.ts';

const id = z.string().min(1).max(100);
const isoDate = z.string().regex(isoPrefix, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');
const date = z.object({
  start: isoDate.nullable(),
  end: isoDate.nullable().default(null),
  precision: z.enum(datePrecisions).default('unknown'),
});
const title = z.string().trim().min(1, 'an event needs a title').max(MAX_EVENT_TITLE_CHARS, tooLong("an event's title", MAX_EVENT_TITLE_CHARS));
const fields = {
  date,
  place: z.string().max(MAX_EVENT_TITLE_CHARS, tooLong("an event's place", MAX_EVENT_TITLE_CHARS)),
  description: z.string().max(MAX_EVENT_DESCRIPTION_CHARS, tooLong("an event's description", MAX_EVENT_DESCRIPTION_CHARS)),
  actorIds: z.array(id).max(MAX_ACTORS_PER_EVENT, tooMany('actors', MAX_ACTORS_PER_EVENT)),
  actorNames: z.array(z.string().max(MAX_ENTITY_NAME_CHARS, tooLong('a name', MAX_ENTITY_NAME_CHARS))).max(MAX_ACTORS_PER_EVENT, tooMany('actors', MAX_ACTORS_PER_EVENT)),
};
const noDate = { start: null, end: null, precision: 'unknown' as const };

export const eventsOperations = [
  defineOperation('events.list', listEventsInput, (project, input) => listEvents(project.db, input)),
  defineOperation('events.get', z.object({ id }), (project, input) => readEvent(project.db, input.id)),
  defineOperation(
    'events.create',
    z.object({
      title,
      date: date.default(noDate),
      place: fields.place.default(''),
      description: fields.description.default(''),
      actorIds: fields.actorIds.default([]),
      actorNames: fields.actorNames.default([]),
    }),
    (project, input) => createEvent(project.db, input),
    { undoLabel: 'Create event' },
  ),
  defineOperation(
    'events.update',
    z.object({ id, patch: z.object({ title, ...fields }).partial() }),
    (project, input) => updateEvent(project.db, input.id, input.patch),
    { undoLabel: 'Change event' },
  ),
  defineOperation('events.merge', z.object({ fromId: id, intoId: id }), (project, input) => mergeEvents(project.db, input.fromId, input.intoId), {
    undoLabel: 'Merge events',
  }),
  defineOperation('events.delete', z.object({ id }), (project, input) => deleteEvent(project.db, input.id), { undoLabel: 'Delete event' }),
  defineOperation(
    'events.createFromHighlight',
    z.object({ highlightId: id, title: z.string().max(MAX_EVENT_TITLE_CHARS, tooLong("an event's title", MAX_EVENT_TITLE_CHARS)).optional(), stance: z.enum(stances).default('reports') }),
    (project, input) => createEventFromHighlight(project.db, input),
    { undoLabel: 'Create event from highlight' },
  ),
  defineOperation(
    'events.link',
    z.object({ highlightId: id, eventId: id, stance: z.enum(stances).default('reports') }),
    (project, input) => linkHighlight(project.db, input.highlightId, input.eventId, input.stance),
    { undoLabel: 'Link passage to event' },
  ),
  defineOperation('events.unlink', z.object({ highlightId: id, eventId: id }), (project, input) => unlinkHighlight(project.db, input.highlightId, input.eventId), {
    undoLabel: 'Unlink passage from event',
  }),
  defineOperation('events.ofHighlight', z.object({ highlightId: id }), (project, input) => eventsOfHighlight(project.db, input.highlightId)),
] as const;
