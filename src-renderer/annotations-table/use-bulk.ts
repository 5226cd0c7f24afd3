// Acting on the checked rows: tag, untag, link to an event, delete (one
// undoable step each), and export as a CSV file downloaded through a Blob URL.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OperationInput } from '../../src-main/core/api/operations.ts';
import { call } from '../api/call.ts';
import { describeError } from '../api/call-error.ts';
import { markAnnotationsStale } from '../api/mark-stale.ts';
import { useToaster } from '../app/toast-context.ts';

type BulkInput = OperationInput<'annotations.bulk'>;

const pastTense: Record<BulkInput['action'], string> = { tag: 'Tagged', untag: 'Untagged', link: 'Linked', delete: 'Deleted' };

export function useBulkActions(onDeleted: () => void) {
  const queryClient = useQueryClient();
  const toaster = useToaster();

  const bulk = useMutation({
    mutationFn: (input: BulkInput) => call('annotations.bulk', input),
    onSuccess: (outcome) => {
      const noun = outcome.selected === 1 ? 'highlight' : 'highlights';
      toaster.show(`${pastTense[outcome.action]} ${outcome.selected} ${noun}. Ctrl+Z undoes it.`, 'success');
      if (outcome.action === 'delete') onDeleted();
    },
    onError: (error) => toaster.show(describeError(error), 'error'),
    onSettled: () => markAnnotationsStale(queryClient),
  });

  const exportCsv = useMutation({
    mutationFn: (ids: string[]) => call('annotations.exportCsv', { ids }),
    onSuccess: (file) => {
      download(file.csv, `annotations-${new Date().toISOString().slice(0, 10)}.csv`);
      toaster.show(`Exported ${file.rows} ${file.rows === 1 ? 'highlight' : 'highlights'} as CSV.`, 'success');
    },
    onError: (error) => toaster.show(`Could not export: ${describeError(error)}`, 'error'),
  });

  return { bulk, exportCsv, busy: bulk.isPending || exportCsv.isPending };
}

function download(text: string, fileName: string): void {
  // A byte-order mark so spreadsheet programs read the file as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
