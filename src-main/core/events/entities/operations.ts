// The entity list's operations: people, organizations and places with the aliases names are matched
// through; confirm a suggestion (create), rename, add or remove an alias, split, merge, delete. Undoable.

import { z } from 'zod';
import { defineOperation } from '../../api/contract.ts';
import { addAlias, createEntity, deleteEntity, mergeEntities, removeAlias, splitEntity, updateEntity } from './edit-entities.ts';
import { entityListVersion, listEntities, loadEntityIndex, readEntity } from './entity-rows.ts';
import { entityKinds, type EntityList } from './entity-types.ts';
import { suggestEntities } from './suggest-entities.ts';
import { MAX_ALIASES_PER_ENTITY, MAX_ENTITY_NAME_CHARS, MAX_NOTE_CHARS, tooLong, tooMany } from '../../limits.ts';

const id = z.string().min(1).max(100);
const name = z.string().trim().min(1, 'a name cannot be empty').max(MAX_ENTITY_NAME_CHARS, tooLong('a name', MAX_ENTITY_NAME_CHARS));
const aliases = z.array(name).max(MAX_ALIASES_PER_ENTITY, tooMany('aliases', MAX_ALIASES_PER_ENTITY));

export const entitiesOperations = [
  defineOperation(
    'entities.list',
    z.object({ kind: z.enum(entityKinds).optional(), query: z.string().max(500).optional(), suggestions: z.boolean().default(true) }),
    (project, input): EntityList => ({
      entities: listEntities(project.db, input),
      suggestions: input.suggestions ? suggestEntities(project.db, loadEntityIndex(project.db), entityListVersion(project.db)) : [],
    }),
  ),
  defineOperation('entities.get', z.object({ id }), (project, input) => readEntity(project.db, input.id)),
  defineOperation(
    'entities.create',
    z.object({ name, kind: z.enum(entityKinds).default('other'), aliases: aliases.default([]), note: z.string().max(MAX_NOTE_CHARS, tooLong('a note', MAX_NOTE_CHARS)).default('') }),
    (project, input) => createEntity(project.db, input),
    { undoLabel: 'Add entity' },
  ),
  defineOperation(
    'entities.update',
    z.object({ id, patch: z.object({ name, kind: z.enum(entityKinds), note: z.string().max(MAX_NOTE_CHARS, tooLong('a note', MAX_NOTE_CHARS)) }).partial() }),
    (project, input) => updateEntity(project.db, input.id, input.patch),
    { undoLabel: 'Change entity' },
  ),
  defineOperation('entities.addAlias', z.object({ id, alias: name }), (project, input) => addAlias(project.db, input.id, input.alias), {
    undoLabel: 'Add alias',
  }),
  defineOperation('entities.removeAlias', z.object({ id, alias: name }), (project, input) => removeAlias(project.db, input.id, input.alias), {
    undoLabel: 'Remove alias',
  }),
  defineOperation(
    'entities.split',
    z.object({ id, aliases: aliases.min(1), name: name.optional() }),
    (project, input) => splitEntity(project.db, input.id, input.aliases, input.name),
    { undoLabel: 'Split entity' },
  ),
  defineOperation('entities.merge', z.object({ fromId: id, intoId: id }), (project, input) => mergeEntities(project.db, input.fromId, input.intoId), {
    undoLabel: 'Merge entities',
  }),
  defineOperation('entities.delete', z.object({ id }), (project, input) => deleteEntity(project.db, input.id), { undoLabel: 'Delete entity' }),
] as const;
