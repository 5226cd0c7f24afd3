// The codebook domain's operations: tags in a hierarchy, each change undoable.

import { z } from 'zod';
import { defineOperation } from '../api/contract.ts';
import { createTag, deleteTag, mergeTags, updateTag } from './edit-codebook.ts';
import { listTags } from './tag-rows.ts';
import { tagColors } from './tag-types.ts';

const tagId = z.string().min(1).max(100);
const tagName = z.string().trim().min(1, 'a tag needs a name').max(200);

export const codebookOperations = [
  defineOperation('tags.list', z.object({}), (project) => listTags(project.db)),
  defineOperation(
    'tags.create',
    z.object({
      name: tagName,
      parentId: tagId.nullable().default(null),
      color: z.enum(tagColors).default('gray'),
      description: z.string().max(5000).default(''),
    }),
    (project, input) => createTag(project.db, input),
    { undoLabel: 'Create tag' },
  ),
  defineOperation(
    'tags.update',
    z.object({
      id: tagId,
      patch: z.object({ name: tagName, parentId: tagId.nullable(), color: z.enum(tagColors), description: z.string().max(5000) }).partial(),
    }),
    (project, input) => updateTag(project.db, input.id, input.patch),
    { undoLabel: 'Change tag' },
  ),
  defineOperation('tags.merge', z.object({ fromId: tagId, intoId: tagId }), (project, input) => mergeTags(project.db, input.fromId, input.intoId), {
    undoLabel: 'Merge tags',
  }),
  defineOperation(
    'tags.delete',
    z.object({ id: tagId, highlights: z.enum(['untag', 'moveToParent']).default('untag') }),
    (project, input) => deleteTag(project.db, input.id, input.highlights),
    { undoLabel: 'Delete tag' },
  ),
] as const;
