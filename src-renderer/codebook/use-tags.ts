// The codebook through the core: the tags (`tags.list`, with counts) and every
// change to them. Changes are undoable and can rename what highlights show,
// so each refreshes highlights, tags and the history.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OperationInput } from '../../src-main/core/api/operations.ts';
import { call } from '../api/call.ts';
import { markAnnotationsStale } from '../api/mark-stale.ts';
import { queryKeys } from '../api/query-keys.ts';

export type NewTag = OperationInput<'tags.create'>;
export type TagPatch = OperationInput<'tags.update'>['patch'];
export type OnTagDelete = NonNullable<OperationInput<'tags.delete'>['highlights']>;

export function useTags() {
  return useQuery({ queryKey: queryKeys.tags, queryFn: () => call('tags.list', {}) });
}

export function useTagChanges() {
  const queryClient = useQueryClient();
  const onSuccess = () => markAnnotationsStale(queryClient);
  return {
    create: useMutation({ mutationFn: (tag: NewTag) => call('tags.create', tag), onSuccess }),
    update: useMutation({ mutationFn: ({ id, patch }: { id: string; patch: TagPatch }) => call('tags.update', { id, patch }), onSuccess }),
    merge: useMutation({ mutationFn: ({ fromId, intoId }: { fromId: string; intoId: string }) => call('tags.merge', { fromId, intoId }), onSuccess }),
    remove: useMutation({ mutationFn: ({ id, highlights }: { id: string; highlights: OnTagDelete }) => call('tags.delete', { id, highlights }), onSuccess }),
  };
}
