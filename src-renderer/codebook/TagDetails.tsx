// One tag's settings: name and description (saved on Enter or leaving the
// field), color, parent; then merging it into another tag and deleting it.

import { useEffect, useId, useState } from 'react';
import { describeError } from '../api/call-error.ts';
import { useToaster } from '../app/toast-context.ts';
import { DeleteTagDialog } from './DeleteTagDialog.tsx';
import { MergeTagDialog } from './MergeTagDialog.tsx';
import { descendantIds, tagPath } from './tag-tree.ts';
import { TagParentSelect } from './TagParentSelect.tsx';
import { tagColorClass, tagColorLabels, tagColors, type Tag } from './tag-types.ts';
import { useTagChanges, type TagPatch } from './use-tags.ts';

interface TagDetailsProps {
  tag: Tag;
  tags: readonly Tag[];
  onSelect: (id: string | null) => void;
}

export function TagDetails({ tag, tags, onSelect }: TagDetailsProps) {
  const toaster = useToaster();
  const { update } = useTagChanges();
  const [name, setName] = useState(tag.name);
  const [description, setDescription] = useState(tag.description);
  const [dialog, setDialog] = useState<'merge' | 'delete' | null>(null);
  const id = useId();

  // Undo, redo or a merge can change the tag underneath; follow it.
  useEffect(() => setName(tag.name), [tag.name]);
  useEffect(() => setDescription(tag.description), [tag.description]);

  const save = (patch: TagPatch, revert?: () => void) =>
    update.mutate(
      { id: tag.id, patch },
      {
        onError: (error) => {
          revert?.();
          toaster.show(`“${tag.name}” could not be changed: ${describeError(error)}`, 'error');
        },
      },
    );

  const saveName = () => {
    const trimmed = name.trim();
    if (trimmed === tag.name) return;
    if (trimmed === '') {
      setName(tag.name);
      return;
    }
    save({ name: trimmed }, () => setName(tag.name));
  };

  const parent = tag.parentId === null ? null : tags.find((t) => t.id === tag.parentId) ?? null;
  const children = tags.filter((t) => t.parentId === tag.id).length;

  return (
    <div className="tag-details">
      <header className="tag-details__header">
        <span className={`tag-dot tag-details__dot ${tagColorClass(tag.color)}`} aria-hidden="true" />
        <div className="tag-details__heading">
          <h2 className="tag-details__title">{tag.name}</h2>
          <p className="tag-details__path">
            {parent ? `Under ${tagPath(tags, parent.id)}` : 'Top level'} · {tag.count} {tag.count === 1 ? 'highlight' : 'highlights'}
            {children > 0 && ` · ${children} ${children === 1 ? 'child tag' : 'child tags'}`}
          </p>
        </div>
      </header>

      <div className="tag-details__field">
        <label htmlFor={`${id}-name`} className="tag-details__label">
          Name
        </label>
        <input
          id={`${id}-name`}
          className="field-control"
          value={name}
          maxLength={200}
          onChange={(event) => setName(event.target.value)}
          onBlur={saveName}
          onKeyDown={(event) => {
            if (event.key === 'Enter') saveName();
            if (event.key === 'Escape') {
              event.stopPropagation();
              setName(tag.name);
            }
          }}
        />
      </div>

      <div className="tag-details__field">
        <span id={`${id}-color`} className="tag-details__label">
          Color
        </span>
        <div className="tag-swatches" role="radiogroup" aria-labelledby={`${id}-color`}>
          {tagColors.map((color) => (
            <button
              key={color}
              type="button"
              role="radio"
              aria-checked={tag.color === color}
              aria-label={tagColorLabels[color]}
              title={tagColorLabels[color]}
              className={`tag-swatch ${tagColorClass(color)}`}
              onClick={() => tag.color !== color && save({ color })}
            />
          ))}
        </div>
      </div>

      <div className="tag-details__field">
        <label htmlFor={`${id}-description`} className="tag-details__label">
          Description
        </label>
        <textarea
          id={`${id}-description`}
          className="field-control tag-details__description"
          value={description}
          rows={3}
          maxLength={5000}
          placeholder="When to apply this tag…"
          onChange={(event) => setDescription(event.target.value)}
          onBlur={() => description !== tag.description && save({ description }, () => setDescription(tag.description))}
        />
      </div>

      <div className="tag-details__field">
        <label htmlFor={`${id}-parent`} className="tag-details__label">
          Parent
        </label>
        <TagParentSelect
          id={`${id}-parent`}
          tags={tags}
          value={tag.parentId}
          excluded={new Set([tag.id, ...descendantIds(tags, tag.id)])}
          disabled={update.isPending}
          onChange={(parentId) => save({ parentId })}
        />
      </div>

      <div className="tag-details__actions">
        <button type="button" className="button" disabled={tags.length < 2} onClick={() => setDialog('merge')}>
          Merge into…
        </button>
        <button type="button" className="button button--ghost tag-details__delete" onClick={() => setDialog('delete')}>
          Delete…
        </button>
      </div>

      <MergeTagDialog open={dialog === 'merge'} tag={tag} tags={tags} onClose={() => setDialog(null)} onMerged={(intoId) => onSelect(intoId)} />
      <DeleteTagDialog open={dialog === 'delete'} tag={tag} parent={parent} onClose={() => setDialog(null)} onDeleted={() => onSelect(null)} />
    </div>
  );
}
