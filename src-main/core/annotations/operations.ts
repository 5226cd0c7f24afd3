// The annotations domain's operations: highlight, note, tag, confirm, re-attach
// and delete passages. Every change is undoable.

import { z } from 'zod';
import { defineOperation } from '../api/contract.ts';
import { createHighlight } from './create-highlight.ts';
import { deleteHighlight, reattachHighlight, updateHighlight } from './edit-highlight.ts';
import { highlightColors } from './highlight-types.ts';
import { listHighlights, listHighlightsInput } from './list-highlights.ts';
import { readHighlight } from './highlight-rows.ts';
import { MAX_NOTE_CHARS, MAX_QUOTE_CHARS, MAX_TAGS_PER_HIGHLIGHT, MAX_TAG_NAME_CHARS, tooLong, tooMany } from '../limits.ts';

const id = z.string().min(1).max(100);
const offset = z.number().int().min(0);
const note = z.string().max(MAX_NOTE_CHARS, tooLong('a note', MAX_NOTE_CHARS));
const tagNames = z.array(z.string().max(MAX_TAG_NAME_CHARS, tooLong('a tag name', MAX_TAG_NAME_CHARS))).max(MAX_TAGS_PER_HIGHLIGHT, tooMany('tags', MAX_TAGS_PER_HIGHLIGHT));
const tagIds = z.array(id).max(MAX_TAGS_PER_HIGHLIGHT, tooMany('tags', MAX_TAGS_PER_HIGHLIGHT));

const target = z.union([
  z.object({ start: offset, end: offset }).refine((t) => t.end > t.start, 'end must be after start (an empty selection cannot be highlighted)'),
  z.object({ exact: z.string().min(1).max(MAX_QUOTE_CHARS, tooLong('a quote', MAX_QUOTE_CHARS)), prefix: z.string().max(1000).optional(), suffix: z.string().max(1000).optional() }),
]);

export const annotationsOperations = [
  defineOperation('annotations.list', listHighlightsInput, (project, input) => listHighlights(project.db, input)),
  defineOperation('annotations.get', z.object({ id }), (project, input) => readHighlight(project.db, input.id)),
  defineOperation(
    'annotations.create',
    z.object({
      sourceId: id,
      target,
      color: z.enum(highlightColors).default('yellow'),
      note: note.default(''),
      tagIds: tagIds.default([]),
      tagNames: tagNames.default([]),
    }),
    (project, input) => createHighlight(project.db, input),
    { undoLabel: 'Highlight' },
  ),
  defineOperation(
    'annotations.update',
    z.object({
      id,
      patch: z.object({ note, color: z.enum(highlightColors), tagIds, tagNames, confirmAnchor: z.boolean() }).partial(),
    }),
    (project, input) => updateHighlight(project.db, input.id, input.patch),
    { undoLabel: 'Edit highlight' },
  ),
  defineOperation(
    'annotations.reattach',
    z.object({ id, start: offset, end: offset }).refine((t) => t.end > t.start, 'end must be after start (an empty selection cannot be highlighted)'),
    (project, input) => reattachHighlight(project.db, input.id, input.start, input.end),
    { undoLabel: 'Re-attach highlight' },
  ),
  defineOperation('annotations.delete', z.object({ id }), (project, input) => deleteHighlight(project.db, input.id), {
    undoLabel: 'Delete highlight',
  }),
] as const;
