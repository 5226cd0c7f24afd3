// Adding a tag to the codebook: a name and where it goes (top level or under
// another tag). The new tag is then opened so it can be colored and described.

import { useId, useState, type FormEvent } from 'react';
import { describeError } from '../api/call-error.ts';
import { TagParentSelect } from './TagParentSelect.tsx';
import type { Tag } from './tag-types.ts';
import { useTagChanges } from './use-tags.ts';

export function NewTagForm({ tags, onCreated }: { tags: readonly Tag[]; onCreated: (id: string) => void }) {
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState<string | null>(null);
  const { create } = useTagChanges();
  const nameId = useId();
  const parentFieldId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    create.mutate(
      { name: name.trim(), parentId },
      {
        onSuccess: (tag) => {
          setName('');
          onCreated(tag.id);
        },
      },
    );
  };

  return (
    <form className="new-tag" onSubmit={submit} aria-label="Add a tag to the codebook">
      <div className="new-tag__field">
        <label htmlFor={nameId} className="new-tag__label">
          New tag
        </label>
        <input
          id={nameId}
          className="field-control"
          value={name}
          maxLength={200}
          placeholder="Name"
          aria-invalid={create.isError}
          aria-describedby={create.isError ? errorId : undefined}
          onChange={(event) => {
            setName(event.target.value);
            create.reset();
          }}
        />
      </div>
      <div className="new-tag__field">
        <label htmlFor={parentFieldId} className="new-tag__label">
          Under
        </label>
        <TagParentSelect id={parentFieldId} tags={tags} value={parentId} onChange={setParentId} />
      </div>
      <button type="submit" className="button button--primary" disabled={name.trim() === '' || create.isPending}>
        Create tag
      </button>
      {create.isError && (
        <p id={errorId} className="new-tag__error" role="alert">
          {describeError(create.error)}
        </p>
      )}
    </form>
  );
}
