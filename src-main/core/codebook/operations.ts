// The codebook domain's operations: tags in a hierarchy, each change undoable.

import { z } from 'zod';
import { defineOperation } from '../api/contract.ts';
import { createTag, deleteTag, mergeTags, updateTag } from './edit-codebook.ts';
import { listTags } from './tag-rows.ts';
import { tagColors } from './tag-types.ts';
import { MAX_TAG_DESCRIPTION_CHARS, MAX_TAG_NAME_CHARS, tooLong } from '../limits.ts';

const tagId = z.string().min(1).max(100);
const tagDescription = z.string().max(MAX_TAG_DESCRIPTION_CHARS, tooLong("a tag's description", MAX_TAG_DESCRIPTION_CHARS));
const tagName = z.string().trim().min(1, 'a tag needs a name').max(MAX_TAG_NAME_CHARS, tooLong('a tag name', MAX_TAG_NAME_CHARS));

export const codebookOperations = [
  defineOperation('tags.list', z.object({}), (project) => listTags(project.db)),
  defineOperation(
    'tags.create',
    z.object({
      name: tagName,
      parentId: tagId.nullable().default(null),
      color: z.enum(tagColors).default('gray'),
      description: tagDescription.default(''),
    }),
    (project, input) => createTag(project.db, input),
    { undoLabel: 'Create tag' },
  ),
  defineOperation(
    'tags.update',
    z.object({
      id: tagId,
      patch: z.object({ name: tagName, parentId: tagId.nullable(), color: z.enum(tagColors), description: tagDescription }).partial(),
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
