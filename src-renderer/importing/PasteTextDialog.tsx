// "Paste text": a title (optional) and the text itself, imported through
// `sources.importText`; the new source opens in the reader.

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { call } from '../api/call.ts';
import { describeError } from '../api/call-error.ts';
import { Dialog } from '../app/Dialog.tsx';
import { openSource } from '../app/route.ts';
import { useToaster } from '../app/toast-context.ts';

interface PasteTextDialogProps {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}

export function PasteTextDialog({ open, onClose, onImported }: PasteTextDialogProps) {
  const toaster = useToaster();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const formId = useId();
  const titleId = useId();
  const textId = useId();

  const importText = useMutation({
    mutationFn: () => call('sources.importText', title.trim() ? { text, title: title.trim() } : { text }),
    onSuccess: (outcome) => {
      onImported();
      toaster.show(
        outcome.status === 'duplicate' ? `Already in the library: “${outcome.source.title}”.` : `Imported “${outcome.source.title}”.`,
        'success',
      );
      close();
      openSource(outcome.source.id);
    },
  });

  function close() {
    setTitle('');
    setText('');
    importText.reset();
    onClose();
  }

  return (
    <Dialog
      open={open}
      title="Paste text"
      width="wide"
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={text.trim() === '' || importText.isPending}>
            {importText.isPending ? 'Importing…' : 'Import'}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="paste-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() !== '') importText.mutate();
        }}
      >
        <label htmlFor={titleId}>Title (optional)</label>
        <input
          id={titleId}
          className="field-control"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder="Read from the text when left empty"
        />
        <label htmlFor={textId}>Text</label>
        <textarea
          id={textId}
          className="field-control paste-form__text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={14}
          required
        />
        {importText.isError && (
          <p className="paste-form__error" role="alert">
            {describeError(importText.error)}
          </p>
        )}
      </form>
    </Dialog>
  );
}
