// A source's versions through the core: the list of revisions, a word diff
// between two, and the two ways to make a new one (edit the text, re-import a
// file). A new revision re-anchors the highlights, so those are refreshed too.

import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { OperationOutput } from '../../src-main/core/api/operations.ts';
import { call } from '../api/call.ts';
import { markAnnotationsStale } from '../api/mark-stale.ts';
import { queryKeys } from '../api/query-keys.ts';
import { bytesToBase64 } from '../importing/base64.ts';

export type RevisionOutcome = OperationOutput<'sources.revise'>;
export type ReanchorCounts = RevisionOutcome['reanchored'];
export type Revision = OperationOutput<'sources.revisions'>[number];
export type DiffPart = OperationOutput<'sources.diffRevisions'>['parts'][number];

export function useRevisions(sourceId: string) {
  return useQuery({ queryKey: queryKeys.revisions(sourceId), queryFn: () => call('sources.revisions', { id: sourceId }) });
}

/** `to` is the current revision's number: part of the key, so a new revision asks again. */
export function useRevisionDiff(sourceId: string, from: number | null, to: number) {
  return useQuery({
    queryKey: queryKeys.revisionDiff(sourceId, from ?? 0, to),
    queryFn: () => call('sources.diffRevisions', { id: sourceId, from: from ?? 1, to: null }),
    enabled: from !== null,
  });
}

// `onDone` is given to the hook rather than to mutate(): mutate's own callbacks are dropped when
// the caller re-renders into a new observer, and the summary of a new revision must never be lost.

export function useReviseText(sourceId: string, onDone: (outcome: RevisionOutcome) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => call('sources.revise', { id: sourceId, text }),
    onSuccess: (outcome) => {
      afterRevision(queryClient, sourceId, outcome);
      onDone(outcome);
    },
  });
}

export function useReimport(sourceId: string, onDone: (outcome: RevisionOutcome) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return call('sources.reimport', { id: sourceId, fileName: file.name, dataBase64: bytesToBase64(bytes) });
    },
    onSuccess: (outcome) => {
      afterRevision(queryClient, sourceId, outcome);
      onDone(outcome);
    },
  });
}

function afterRevision(queryClient: QueryClient, sourceId: string, outcome: RevisionOutcome): void {
  queryClient.setQueryData(queryKeys.source(sourceId), outcome.source);
  void queryClient.invalidateQueries({ queryKey: queryKeys.revisions(sourceId) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.project });
  markAnnotationsStale(queryClient);
}
