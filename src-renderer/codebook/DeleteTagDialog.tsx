// Deleting a tag, with the user's choice of what happens to its highlights:
// lose the tag (`untag`) or carry the parent tag instead (`moveToParent`).

import { useId, useState } from 'react';
import { describeError } from '../api/call-error.ts';
import { Dialog } from '../app/Dialog.tsx';
import { useToaster } from '../app/toast-context.ts';
import type { Tag } from './tag-types.ts';
import { useTagChanges, type OnTagDelete } from './use-tags.ts';

interface DeleteTagDialogProps {
  open: boolean;
  tag: Tag;
  parent: Tag | null;
  onClose: () => void;
  onDeleted: () => void;
}

export function DeleteTagDialog({ open, tag, parent, onClose, onDeleted }: DeleteTagDialogProps) {
  const [choice, setChoice] = useState<OnTagDelete>('untag');
  const { remove } = useTagChanges();
  const toaster = useToaster();
  const name = useId();

  const close = () => {
    if (remove.isPending) return;
    remove.reset();
    onClose();
  };

  return (
    <Dialog
      open={open}
      title={`Delete “${tag.name}”?`}
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close} disabled={remove.isPending}>
            Keep it
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(
                { id: tag.id, highlights: choice },
                {
                  onSuccess: () => {
                    toaster.show(`Deleted the tag “${tag.name}”. Undo brings it back.`, 'success');
                    onClose();
                    onDeleted();
                  },
                },
              )
            }
          >
            {remove.isPending ? 'Deleting…' : 'Delete tag'}
          </button>
        </>
      }
    >
      <fieldset className="delete-choice">
        <legend className="delete-choice__legend">
          Its {tag.count} {tag.count === 1 ? 'highlight' : 'highlights'}:
        </legend>
        <label className="delete-choice__option">
          <input type="radio" name={name} checked={choice === 'untag'} onChange={() => setChoice('untag')} />
          <span>Remove the tag from its highlights</span>
        </label>
        <label className={`delete-choice__option${parent === null ? ' delete-choice__option--disabled' : ''}`}>
          <input type="radio" name={name} checked={choice === 'moveToParent'} disabled={parent === null} onChange={() => setChoice('moveToParent')} />
          <span>
            Move its highlights to the parent tag{parent ? ` “${parent.name}”` : ''}
            {parent === null && <span className="delete-choice__why"> (it has no parent)</span>}
          </span>
        </label>
      </fieldset>
      <p className="dialog__note">The highlights themselves are kept. Child tags move up one level.</p>
      {remove.isError && (
        <p className="dialog__error" role="alert">
          {describeError(remove.error)}
        </p>
      )}
    </Dialog>
  );
}
