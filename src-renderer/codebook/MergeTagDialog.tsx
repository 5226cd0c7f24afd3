// Merging a tag into another: its highlights and child tags go to the chosen
// tag, and the tag itself disappears. Undoable, but said plainly first.

import { useId, useState } from 'react';
import { describeError } from '../api/call-error.ts';
import { Dialog } from '../app/Dialog.tsx';
import { useToaster } from '../app/toast-context.ts';
import { TagParentSelect } from './TagParentSelect.tsx';
import type { Tag } from './tag-types.ts';
import { useTagChanges } from './use-tags.ts';

interface MergeTagDialogProps {
  open: boolean;
  tag: Tag;
  tags: readonly Tag[];
  onClose: () => void;
  onMerged: (intoId: string) => void;
}

export function MergeTagDialog({ open, tag, tags, onClose, onMerged }: MergeTagDialogProps) {
  const [intoId, setIntoId] = useState<string | null>(null);
  const { merge } = useTagChanges();
  const toaster = useToaster();
  const selectId = useId();
  const into = tags.find((t) => t.id === intoId) ?? null;

  const close = () => {
    if (merge.isPending) return;
    setIntoId(null);
    merge.reset();
    onClose();
  };

  return (
    <Dialog
      open={open}
      title={`Merge “${tag.name}” into another tag`}
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close} disabled={merge.isPending}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={into === null || merge.isPending}
            onClick={() =>
              into &&
              merge.mutate(
                { fromId: tag.id, intoId: into.id },
                {
                  onSuccess: () => {
                    toaster.show(`Merged “${tag.name}” into “${into.name}”.`, 'success');
                    setIntoId(null);
                    onClose();
                    onMerged(into.id);
                  },
                },
              )
            }
          >
            {merge.isPending ? 'Merging…' : 'Merge'}
          </button>
        </>
      }
    >
      <div className="dialog-field">
        <label htmlFor={selectId} className="tag-details__label">
          Merge into
        </label>
        <TagParentSelect id={selectId} tags={tags} value={intoId} excluded={new Set([tag.id])} emptyLabel="Choose a tag…" onChange={setIntoId} />
      </div>
      <p className="dialog__note">
        {tag.count} {tag.count === 1 ? 'highlight' : 'highlights'} tagged “{tag.name}” will carry {into ? `“${into.name}”` : 'the chosen tag'} instead; its child tags
        move along. “{tag.name}” is then removed.
      </p>
      {merge.isError && (
        <p className="dialog__error" role="alert">
          {describeError(merge.error)}
        </p>
      )}
    </Dialog>
  );
}
