// Export as a bundle: the whole project, one event or one tag; the .sbundle
// downloads under a suggested name.

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { call } from '../api/call.ts';
import { describeError } from '../api/call-error.ts';
import { downloadStaged } from '../api/files.ts';
import { Dialog } from '../app/Dialog.tsx';
import { useToaster } from '../app/toast-context.ts';
import { SelectionPicker, selectionOf, wholeProject, type Selection } from './SelectionPicker.tsx';
import './bundles.css';

export function ExportBundleDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [choice, setChoice] = useState(wholeProject);
  const toaster = useToaster();
  const exporting = useMutation({
    mutationFn: async (selection: Selection) => {
      const result = await call('bundles.export', { selection });
      await downloadStaged(result.file, result.suggestedName);
      return result;
    },
    onSuccess: (result) => {
      toaster.show(`Exported ${result.counts.sources} sources and ${result.counts.highlights} highlights to ${result.suggestedName}.`, 'success');
      onClose();
    },
  });
  const selection = selectionOf(choice);

  return (
    <Dialog
      open={open}
      title="Export a bundle"
      onClose={() => !exporting.isPending && onClose()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} disabled={exporting.isPending}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={selection === null || exporting.isPending} onClick={() => selection && exporting.mutate(selection)}>
            {exporting.isPending ? 'Exporting…' : 'Export'}
          </button>
        </>
      }
    >
      <SelectionPicker legend="What goes in the bundle" choice={choice} onChange={setChoice} />
      <p className="dialog__note">A bundle carries the sources with their original files and revisions, the highlights, tags, events, links and entities.</p>
      {exporting.isError && (
        <p className="dialog__error" role="alert">
          {describeError(exporting.error)}
        </p>
      )}
    </Dialog>
  );
}
