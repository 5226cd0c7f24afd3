// Deleting the open source, after a confirmation that says what goes with it;
// afterwards the library is shown again.

import { useState } from 'react';
import { describeError } from '../api/call-error.ts';
import { Dialog } from '../app/Dialog.tsx';
import { openLibrary } from '../app/route.ts';
import { useToaster } from '../app/toast-context.ts';
import { useDeleteSource } from './use-source-edits.ts';

export function DeleteSourceButton({ sourceId, title }: { sourceId: string; title: string }) {
  const [confirming, setConfirming] = useState(false);
  const toaster = useToaster();
  const deleteSource = useDeleteSource(sourceId, () => {
    setConfirming(false);
    toaster.show(`Deleted “${title}”. Undo brings it back.`, 'success');
    openLibrary();
  });

  return (
    <>
      <button type="button" className="button button--ghost reader-bar__delete" onClick={() => setConfirming(true)}>
        Delete…
      </button>
      <Dialog
        open={confirming}
        title="Delete this source?"
        onClose={() => {
          if (!deleteSource.isPending) setConfirming(false);
        }}
        actions={
          <>
            <button type="button" className="button" onClick={() => setConfirming(false)} disabled={deleteSource.isPending}>
              Keep it
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={deleteSource.isPending}
              onClick={() => deleteSource.mutate()}
            >
              {deleteSource.isPending ? 'Deleting…' : 'Delete source'}
            </button>
          </>
        }
      >
        <p>
          <strong>{title}</strong>
        </p>
        <p>Its text, the original file, every revision and its highlights are removed from this project. Undo (in the Edit menu or the header) brings it all back.</p>
        {deleteSource.isError && (
          <p className="dialog__error" role="alert">
            {describeError(deleteSource.error)}
          </p>
        )}
      </Dialog>
    </>
  );
}
